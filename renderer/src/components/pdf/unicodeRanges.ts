/** CSS `unicode-range` lists ("U+4e00-4e2f,U+ff01"), to pick the font slice that has a character. */
export interface CodePointRange {
  from: number;
  to: number;
}

export function parseUnicodeRanges(spec: string): CodePointRange[] {
  const ranges: CodePointRange[] = [];
  for (const part of spec.split(',')) {
    const m = /^\s*U\+([0-9a-fA-F?]+)(?:-([0-9a-fA-F]+))?\s*$/.exec(part);
    if (!m?.[1]) continue;
    if (m[1].includes('?')) {
      // U+4?? means U+400–U+4FF.
      ranges.push({
        from: parseInt(m[1].replace(/\?/g, '0'), 16),
        to: parseInt(m[1].replace(/\?/g, 'f'), 16),
      });
    } else {
      const from = parseInt(m[1], 16);
      ranges.push({ from, to: m[2] ? parseInt(m[2], 16) : from });
    }
  }
  return ranges;
}

export function rangesContain(ranges: readonly CodePointRange[], codePoint: number): boolean {
  for (const r of ranges) if (codePoint >= r.from && codePoint <= r.to) return true;
  return false;
}
