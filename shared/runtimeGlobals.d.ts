/**
 * The only host globals shared/ may use: the ones every runtime it runs in (a browser window, a
 * web worker, Node 20) provides alike. shared/tsconfig.json compiles shared/ with the ECMAScript
 * library and these declarations only — no DOM, no Node — so `document`, `window`, `localStorage`
 * or `Buffer` in shared/ does not compile (docs/architecture.md §1). The root tsconfig.json, which
 * has the full DOM and Node types, leaves this file out.
 */

/* eslint-disable no-var -- only `declare var` makes a global a property of globalThis, as the runtimes' are */

interface TextDecoder {
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare var TextDecoder: {
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};

interface TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare var TextEncoder: { new (): TextEncoder };

/** `crypto.getRandomValues` only (ids); `randomUUID` needs a secure context, see domain/ids.ts. */
declare var crypto: { getRandomValues<T extends ArrayBufferView>(array: T): T };
