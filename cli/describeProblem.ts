import type { ImportProblem } from '../shared/xlsx';

/** One import problem as the CLI prints it: severity, where (file, sheet, row, column), the English text. */
export function describeProblem(p: ImportProblem): string {
  const where = [
    p.file,
    p.sheet,
    p.row !== null ? `row ${p.row}` : null,
    p.column ? `column ${p.column}${p.header ? ` (${p.header})` : ''}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${p.severity}: ${where ? `${where}: ` : ''}${p.message.en}`;
}
