/** PDF and PNG of the page the request came from. */
import type { WebContents } from 'electron';
import type { PrintToPdfRequest } from '../shared/desktopApi';

function bytesOf(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export async function printPageToPdf(contents: WebContents, req: PrintToPdfRequest): Promise<Uint8Array> {
  const pdf = await contents.printToPDF({
    pageSize: req.pageSize,
    landscape: req.landscape,
    // Timeline bars and budget colours are backgrounds; without them the PDF loses its meaning.
    printBackground: true,
  });
  return bytesOf(pdf);
}

export async function capturePageAsPng(contents: WebContents): Promise<Uint8Array> {
  const image = await contents.capturePage();
  return bytesOf(image.toPNG());
}
