import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 7, "HTML in a cell never reaches innerHTML": the renderer and the domain code never hand a
 * string to the HTML parser. React's text rendering escapes everything; these are the ways around it.
 */
const root = resolve(import.meta.dirname, '../..');
const scanned = ['renderer/src', 'shared'];

const forbidden: { name: string; pattern: RegExp }[] = [
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { name: 'innerHTML assignment', pattern: /\.innerHTML\s*\+?=(?!=)/ },
  { name: 'outerHTML assignment', pattern: /\.outerHTML\s*\+?=(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'document.write', pattern: /document\s*\.\s*write(ln)?\s*\(/ },
  { name: 'createContextualFragment', pattern: /createContextualFragment/ },
  { name: 'iframe srcdoc', pattern: /srcdoc/i },
];

/**
 * Places that truly need one of the above, each with the reason it is safe. Keyed by
 * `path: forbidden name`. Empty today; an entry here must say why no user text reaches it.
 */
const allowed = new Map<string, string>([]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(name) ? [path] : [];
  });
}

describe('no string reaches the HTML parser', () => {
  const files = scanned.flatMap((d) => sourceFiles(join(root, d)));

  it('scans the renderer and the domain code', () => {
    const rel = files.map((f) => relative(root, f));
    expect(rel.some((f) => f.startsWith('renderer/src/features/tasks/'))).toBe(true);
    expect(rel.some((f) => f.startsWith('shared/domain/'))).toBe(true);
  });

  it('finds none of the HTML sinks outside the allow-list', () => {
    const found: string[] = [];
    for (const file of files) {
      const rel = relative(root, file);
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const { name, pattern } of forbidden) {
          if (pattern.test(line) && !allowed.has(`${rel}: ${name}`)) found.push(`${rel}:${i + 1} ${name}`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it('recognises each sink it looks for', () => {
    const samples = [
      '<div dangerouslySetInnerHTML={{ __html: s }} />',
      'el.innerHTML = s;',
      'el.outerHTML += s;',
      "el.insertAdjacentHTML('beforeend', s);",
      'document.write(s);',
      'range.createContextualFragment(s);',
      '<iframe srcDoc={s} />',
    ];
    samples.forEach((sample, i) => expect(forbidden[i]?.pattern.test(sample), sample).toBe(true));
    expect(forbidden.some(({ pattern }) => pattern.test('if (el.innerHTML === "") return;'))).toBe(false);
  });
});
