import type { BackupProblem } from '../../../../shared/backup/backupFile';
import type { Language } from '../../i18n';
import type { BackupMessages } from './messages';

/** A backup file's problem in the planner's language, naming the file, plan and field. */
export function describeProblem(
  m: BackupMessages,
  language: Language,
  fileName: string,
  problem: BackupProblem,
): string {
  switch (problem.kind) {
    case 'notJson':
      return m.problems.notJson(fileName, problem.detail);
    case 'notBackup':
      return m.problems.notBackup(fileName);
    case 'newerVersion':
      return m.problems.newerVersion(fileName, problem.found, problem.supported);
    case 'invalidPlan':
      return m.problems.invalidPlan(
        fileName,
        problem.planName || `#${problem.planIndex + 1}`,
        problem.path,
        problem.reason[language],
      );
    case 'invalidWorkspace':
      return m.problems.invalidWorkspace(fileName, problem.field[language], problem.reason[language]);
  }
}

/** Bytes as KB/MB for sizes and the storage estimate. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
