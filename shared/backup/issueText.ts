import type { z } from 'zod';
import type { LocalizedText } from '../i18n/locale';

/**
 * Why a value of a backup file was refused, in both languages, from the schema's issue: the
 * restore's message reads in the app's language alone, not with the schema library's English
 * ("Too big: expected int to be <=9007199254740991") inside a Chinese sentence.
 */
export function issueReason(issue: z.core.$ZodIssue | undefined): LocalizedText {
  if (!issue) return { zh: '内容不符合要求', en: 'is not valid' };
  const n = (v: unknown) =>
    typeof v === 'bigint' || typeof v === 'number' ? v.toLocaleString('en-US') : String(v);
  switch (issue.code) {
    case 'too_big':
      return issue.maximum === Number.MAX_SAFE_INTEGER
        ? { zh: '数太大，无法精确记录', en: 'is too large to keep exactly' }
        : { zh: `不能大于 ${n(issue.maximum)}`, en: `must be at most ${n(issue.maximum)}` };
    case 'too_small':
      return { zh: `不能小于 ${n(issue.minimum)}`, en: `must be at least ${n(issue.minimum)}` };
    case 'invalid_type':
      return issue.expected === 'int'
        ? { zh: '应为整数', en: 'must be a whole number' }
        : { zh: '缺少或类型不对', en: 'is missing or of the wrong kind' };
    default:
      return { zh: '内容不符合要求', en: 'is not valid' };
  }
}

/** A workspace field in the planner's words ("团队 · 第 1 人“张三” · 并行任务上限"), from its path; null when unknown. */
export function workspaceFieldName(path: readonly PropertyKey[], workspace: unknown): LocalizedText | null {
  const [list, index, key] = path;
  if (typeof index !== 'number') return null;
  const record = (workspace as Record<string, unknown[] | undefined> | null)?.[String(list)]?.[index] as
    Record<string, unknown> | undefined;
  if (list === 'people') {
    const who = typeof record?.name === 'string' && record.name !== '' ? `“${record.name}”` : '';
    const field: Record<string, LocalizedText> = {
      name: { zh: '姓名', en: 'name' },
      department: { zh: '部门', en: 'department' },
      role: { zh: '角色', en: 'role' },
      limit: { zh: '并行任务上限', en: 'task limit' },
    };
    const f = field[String(key)] ?? { zh: String(key ?? ''), en: String(key ?? '') };
    return {
      zh: `团队 · 第 ${index + 1} 人${who} · ${f.zh}`,
      en: `Team · person ${index + 1}${who ? ` ${who}` : ''} · ${f.en}`,
    };
  }
  if (list === 'yearBudgets') {
    const year = typeof record?.year === 'number' ? String(record.year) : `#${index + 1}`;
    const field: Record<string, LocalizedText> = {
      capMinor: { zh: '年度上限', en: 'cap for the year' },
      quarterCapsMinor: { zh: '季度上限', en: 'quarter caps' },
      keptQuarterCapsMinor: { zh: '季度上限', en: 'quarter caps' },
      year: { zh: '年份', en: 'year' },
      currency: { zh: '币种', en: 'currency' },
    };
    const f = field[String(key)] ?? { zh: String(key ?? ''), en: String(key ?? '') };
    return { zh: `年度预算 ${year} · ${f.zh}`, en: `Annual budget ${year} · ${f.en}` };
  }
  return null;
}
