/**
 * What an importer tells the planner about a file. Importers never throw (docs/architecture.md §7):
 * they return a value together with the problems, each naming sheet, row and column.
 */

import type { LocalizedText } from '../i18n/locale';

/**
 * error: the row (or the whole file) cannot be imported as it is.
 * warning: the row is imported, but something was assumed or dropped — the planner should look.
 */
export type ProblemSeverity = 'error' | 'warning';

export type ProblemCode =
  | 'fileTooLarge'
  | 'tooManyRows'
  | 'cellBeyondRowLimit'
  | 'unpackedTooLarge'
  | 'inflatesTooLarge'
  | 'emptyFile'
  | 'notAWorkbook'
  | 'damagedFile'
  | 'passwordProtected'
  | 'noSheets'
  | 'noHeaderRow'
  | 'noActualsHeaderRow'
  | 'noTitleColumn'
  | 'missingTitle'
  | 'missingDate'
  | 'invalidDate'
  | 'impossibleDate'
  | 'endBeforeStart'
  | 'notANumber'
  | 'notAPercent'
  | 'unknownChoice'
  | 'negativeNotAllowed'
  | 'amountPending'
  | 'unknownPredecessor'
  | 'dependencyLoop'
  | 'ambiguousDateOrder'
  | 'mixedDateOrder'
  | 'yearAssumed'
  | 'crossCheckMismatch'
  | 'invalidRecord'
  | 'duplicateRow'
  | 'cancelled'
  | 'timedOut'
  | 'noHourlyHeaderRow'
  | 'invalidHour'
  | 'missingHour'
  | 'headerAssumed'
  | 'unknownQuickLabel'
  | 'quickNoFigure'
  | 'figureTooLarge'
  | 'notCumulative'
  | 'goalDirectionConflict'
  | 'goalRangeOneEnd';

export type ProblemParams = Record<string, string | number>;

export interface ImportProblem {
  /** The file's name, so a problem read out of context (CLI, a log) still says where it is. */
  file: string | null;
  /** Sheet name as in the workbook; null for problems with the file itself. */
  sheet: string | null;
  /** 1-based row number as the spreadsheet program shows it; null when not about one row. */
  row: number | null;
  /** Column letter (A, B, … AA) as the spreadsheet shows it; null when not about one cell. */
  column: string | null;
  /** The column's header text in the file, when known, so the planner recognises it. */
  header: string | null;
  /** The offending cell's text as the file holds it ('' for an empty cell); null when not about one cell. */
  cell: string | null;
  severity: ProblemSeverity;
  code: ProblemCode;
  params: ProblemParams;
  message: LocalizedText;
}

export interface ImportResult<T> {
  /** null only when nothing at all could be read (the file itself is the problem). */
  value: T | null;
  problems: ImportProblem[];
}

const templates: Record<ProblemCode, LocalizedText> = {
  fileTooLarge: {
    zh: '文件 {file} 有 {sizeMb} MB，超过 {limitMb} MB 的上限，未导入。请拆分后再试。',
    en: 'The file {file} is {sizeMb} MB, over the {limitMb} MB limit; nothing was imported. Split it and try again.',
  },
  unpackedTooLarge: {
    zh: '文件 {file} 解压后超过 {limitMb} MB（其中 {part} 有 {sizeMb} MB），可能是恶意构造的文件，未导入。',
    en: 'The file {file} unpacks to more than {limitMb} MB ({part} alone is {sizeMb} MB); it may be a malicious file and nothing was imported.',
  },
  inflatesTooLarge: {
    zh: '文件 {file} 中的 {part} 解压后超过 {limitMb} MB，与文件自己声明的大小不符，可能是恶意构造的文件，未导入。',
    en: 'In the file {file}, {part} unpacks to more than {limitMb} MB although the file declares it much smaller; it may be a malicious file and nothing was imported.',
  },
  cellBeyondRowLimit: {
    zh: '工作表“{sheetName}”在 {cell} 有内容，超出了 {limit} 行的上限，未导入。请删除第 {limit} 行以下的内容后再试。',
    en: 'Sheet "{sheetName}" has content in cell {cell}, beyond the {limit}-row limit; nothing was imported. Delete what is below row {limit} and try again.',
  },
  tooManyRows: {
    zh: '工作表“{sheetName}”超过 {limit} 行，未导入。请拆分后再试。',
    en: 'Sheet "{sheetName}" has more than {limit} rows; nothing was imported. Split it and try again.',
  },
  emptyFile: { zh: '文件 {file} 是空的。', en: 'The file {file} is empty.' },
  notAWorkbook: {
    zh: '文件 {file} 不是 Excel 工作簿（.xlsx/.xls）或 CSV 文件。',
    en: 'The file {file} is not an Excel workbook (.xlsx/.xls) or a CSV file.',
  },
  damagedFile: {
    zh: '文件 {file} 已损坏或不完整（可能下载/复制未完成），无法读取。',
    en: 'The file {file} is damaged or incomplete (perhaps a download or copy was cut short) and cannot be read.',
  },
  passwordProtected: {
    zh: '文件 {file} 设有打开密码，无法读取。请在 Excel 或 WPS 里去掉密码另存一份，再导入。',
    en: 'The file {file} is password-protected and cannot be read. Save a copy without the password in Excel or WPS and import that.',
  },
  noSheets: { zh: '文件 {file} 里没有可读的工作表。', en: 'The file {file} has no readable sheet.' },
  noHeaderRow: {
    zh: '在工作表“{sheetName}”前 {scanned} 行中找不到表头（如“任务名称”“开始日期”“预算金额”）。',
    en: 'No header row (such as "Task", "Start", "Budget") in the first {scanned} rows of sheet "{sheetName}".',
  },
  // The back-office daily report's own example headers: naming schedule columns ("任务名称") to a
  // planner who picked the wrong file for the review's actuals pointed at the wrong kind of sheet.
  noActualsHeaderRow: {
    zh: '在工作表“{sheetName}”前 {scanned} 行中找不到后台日报的表头（如“日期”“支付金额”“访客数”）。',
    en: 'No daily-report header row (such as "Date", "GMV", "Visitors") in the first {scanned} rows of sheet "{sheetName}".',
  },
  noTitleColumn: {
    zh: '没有对应“{field}”的列，请在映射中指定。',
    en: 'No column is mapped to "{field}"; choose one in the mapping.',
  },
  missingTitle: { zh: '缺少{field}。', en: 'The {field} is missing.' },
  missingDate: { zh: '缺少{field}。', en: 'The {field} is missing.' },
  invalidDate: { zh: '“{value}”不是可识别的日期。', en: '"{value}" is not a date the importer recognises.' },
  impossibleDate: { zh: '日期“{value}”不存在。', en: 'The date "{value}" does not exist.' },
  endBeforeStart: {
    zh: '结束日期 {end} 早于开始日期 {start}。',
    en: 'The end date {end} is before the start date {start}.',
  },
  notANumber: {
    zh: '“{value}”不是数字，此处应为{field}。',
    en: '"{value}" is text where a number ({field}) belongs.',
  },
  notAPercent: {
    zh: '“{value}”不是有效的百分比（{field}）。',
    en: '"{value}" is not a valid percentage ({field}).',
  },
  unknownChoice: {
    zh: '“{value}”不是可识别的{field}（可填：{choices}）。',
    en: '"{value}" is not a {field} the importer knows (one of: {choices}).',
  },
  negativeNotAllowed: {
    zh: '{field}不能为负数（“{value}”）。',
    en: 'The {field} cannot be negative ("{value}").',
  },
  amountPending: {
    zh: '“{value}”还不是金额，{field}按 0 导入；定下来后请补上。',
    en: '"{value}" is no amount yet: the {field} is imported as 0; fill it in once it is known.',
  },
  unknownPredecessor: {
    zh: '前置任务“{value}”在表中找不到，已忽略此依赖。',
    en: 'Predecessor "{value}" is not in the sheet; the link was left out.',
  },
  dependencyLoop: {
    zh: '依赖形成循环：{cycle}。',
    en: 'The dependencies form a loop: {cycle}.',
  },
  ambiguousDateOrder: {
    zh: '“{value}”这类日期无法判断是“月/日”还是“日/月”，已按“月/日”读取，请确认。',
    en: 'Dates such as "{value}" could be month/day or day/month; they were read as month/day. Please confirm.',
  },
  mixedDateOrder: {
    zh: '同一文件中的日期既有“月/日”也有“日/月”写法，“{value}”无法确定。',
    en: 'The file mixes month/day and day/month dates; "{value}" cannot be read with certainty.',
  },
  yearAssumed: {
    zh: '“{value}”没有年份，已按 {year} 年读取。',
    en: '"{value}" has no year; read as {year}.',
  },
  crossCheckMismatch: {
    zh: '{field}为 {value}，但按本行数字计算应为 {expected}，请核对。',
    en: "The {field} is {value}, but the row's own figures give {expected}; please check.",
  },
  invalidRecord: { zh: '此行数据无效：{detail}', en: 'This row is not valid: {detail}' },
  duplicateRow: {
    zh: '与第 {otherRow} 行重复（{value}），合并时只保留后者。',
    en: 'Duplicates row {otherRow} ({value}); when merging only the later one is kept.',
  },
  cancelled: { zh: '已取消导入。', en: 'The import was cancelled.' },
  noHourlyHeaderRow: {
    zh: '在工作表“{sheetName}”前 {scanned} 行中找不到分时数据的表头（如“时段”“支付金额”“访客数”或“商品ID”“支付件数”“库存”）。',
    en: 'No hourly header row (such as "Hour", "GMV", "Visitors" or "SKU", "Units sold", "Stock") in the first {scanned} rows of sheet "{sheetName}".',
  },
  invalidHour: {
    zh: '“{value}”不是可识别的时段（如 00:00-01:00、0点、10、2026-11-11 10:00）。',
    en: '"{value}" is not an hour the importer recognises (such as 00:00-01:00, 0点, 10, 2026-11-11 10:00).',
  },
  missingHour: {
    zh: '不知道这些数据属于哪一天的哪个小时：表中没有时段列，也没有给出日期和时间。',
    en: 'It is not known which day and hour these figures are for: the sheet has no hour column and no date and time was given.',
  },
  headerAssumed: {
    zh: '没有认出表头，已按数值猜出各列：{columns}。如不对，请在映射中逐列更改。',
    en: 'No header row recognised; the columns were guessed from their values as: {columns}. Change any column in the mapping if that is wrong.',
  },
  unknownQuickLabel: {
    zh: '“{value}”不是可识别的指标（如 支付金额、访客数、买家、订单、花费）。',
    en: '"{value}" is not a figure the app knows (such as GMV, visitors, buyers, orders, spend).',
  },
  figureTooLarge: {
    zh: '{field}“{value}”太大，无法精确记录，请核对。',
    en: 'The {field} "{value}" is too large to keep exactly; check it.',
  },
  quickNoFigure: {
    zh: '请写出时间和至少一个指标，例如“截至 10:40 支付金额 ¥1,234,567 买家 8,901”。',
    en: 'Give a time and at least one figure, e.g. "as of 10:40 GMV 1,234,567 buyers 8,901".',
  },
  notCumulative: {
    zh: '{field}按“累计”读取，但 {hour} 的值 {value} 小于上一小时的 {previous}，累计值不会减少。请核对或改为“按小时”。',
    en: 'The {field} is read as cumulative, but {value} at {hour} is less than the hour before ({previous}); a cumulative figure never goes down. Check it, or read the file as per hour.',
  },
  goalDirectionConflict: {
    zh: '方向“{direction}”与目标值“{value}”里的符号相反，请改其中一个。',
    en: 'The direction "{direction}" contradicts the sign in the target "{value}"; change one of them.',
  },
  goalRangeOneEnd: {
    zh: '区间目标需要下限和上限，例如“2%–3%”，或在“上限”列填写上限。',
    en: 'A range goal needs a low and a high end, e.g. "2%–3%", or the high end in the "Target max" column.',
  },
  timedOut: {
    zh: '读取文件 {file} 超时（{seconds} 秒），已停止。',
    en: 'Reading {file} took longer than {seconds} s and was stopped.',
  },
};

const MAX_QUOTED = 80;

function fill(template: string, params: ProblemParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    // A cell's whole text can be a pasted page; the message quotes its start (params keep it all).
    const text = String(value);
    return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  });
}

/** Field names inside messages need both languages; params may carry `field` as {zh,en} via fieldZh/fieldEn. */
export function problemMessage(code: ProblemCode, params: ProblemParams): LocalizedText {
  const t = templates[code];
  const zhParams = { ...params, field: params.fieldZh ?? params.field ?? '' };
  const enParams = { ...params, field: params.fieldEn ?? params.field ?? '' };
  return { zh: fill(t.zh, zhParams), en: fill(t.en, enParams) };
}

export interface ProblemPlace {
  file?: string | null;
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
  header?: string | null;
  /** The cell's raw text, when the problem is about one cell: every such message quotes it. */
  cell?: string | null;
}

/**
 * The one place a problem about a cell gets the cell's content into its message, in both
 * languages: a template that already quotes the same text is left as it is; any other message is
 * prefixed with the quoted text (or "empty cell"), so the planner always sees what the file holds.
 */
function quotingCell(message: LocalizedText, cell: string): LocalizedText {
  const text = cell.trim();
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
  if (text === '') {
    return { zh: `（空单元格）${message.zh}`, en: `(empty cell) ${message.en}` };
  }
  return {
    zh: message.zh.includes(`“${shown}”`) ? message.zh : `“${shown}”：${message.zh}`,
    en: message.en.includes(`"${shown}"`) ? message.en : `"${shown}": ${message.en}`,
  };
}

export function makeProblem(
  code: ProblemCode,
  params: ProblemParams = {},
  place: ProblemPlace = {},
  severity: ProblemSeverity = 'error',
): ImportProblem {
  return {
    file: place.file ?? (typeof params.file === 'string' ? params.file : null),
    sheet: place.sheet ?? null,
    row: place.row ?? null,
    column: place.column ?? null,
    header: place.header ?? null,
    cell: place.cell ?? null,
    severity,
    code,
    params,
    message:
      place.cell === undefined || place.cell === null
        ? problemMessage(code, params)
        : quotingCell(problemMessage(code, params), place.cell),
  };
}

/** The same problems, each naming the file it is about. */
export function inFile(problems: readonly ImportProblem[], file: string): ImportProblem[] {
  return problems.map((p) => (p.file ? p : { ...p, file }));
}

/** "排期.csv › 排期 › D7（开始日期）": where a problem is, as the planner would look for it. */
export function problemWhere(p: ImportProblem, lang: 'zh' | 'en'): string {
  const cell =
    p.column && p.row
      ? `${p.column}${p.row}`
      : p.row
        ? lang === 'zh'
          ? `第 ${p.row} 行`
          : `row ${p.row}`
        : null;
  const header = p.header ? (lang === 'zh' ? `（${p.header}）` : ` (${p.header})`) : '';
  return [p.file, p.sheet, cell ? `${cell}${header}` : p.header].filter(Boolean).join(' › ');
}

export function hasErrors(problems: readonly ImportProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}
