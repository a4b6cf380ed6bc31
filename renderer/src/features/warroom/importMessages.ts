import { defineMessages, plural } from '../../i18n';

/** The war room's mapping screen: one screen for a file, a drop and a paste. */
export const warroomImportMessages = defineMessages(
  {
    title: (source: string) => `导入分时数据 · ${source}`,
    pasteSource: '粘贴的表格',
    importFile: '导入文件…',
    importFileHint: '后台导出的 .csv（UTF-8 或 GBK）、.xls、.xlsx；也可以把文件拖到作战室上',
    dropHere: '松开鼠标，导入到作战室',
    dropHint: '分时、渠道或商品表（.csv、.xls、.xlsx），先在映射界面里核对',
    notWorkbook: (name: string) => `“${name}”不是 .csv、.xls 或 .xlsx 文件，没有导入。`,
    sheet: (name: string) => `工作表“${name}”`,
    shape: { shop: '全店分时', channel: '分渠道', sku: '分商品' } as Record<string, string>,
    headerRow: '表头行',
    headerlessNote: '没有认出表头。下面按数值猜了每列是什么，请逐列核对：',
    firstRowData: '第一行是数据',
    firstRowHeader: '第一行是表头',
    columnOf: (letter: string) => `第 ${letter} 列`,
    ignoreColumn: '（忽略此列）',
    emptyColumn: '（空列）',
    notInFile: '（表中没有）',
    rows: (n: number, rejected: number) =>
      rejected > 0 ? `${n} 行数据，其中 ${rejected} 行有错` : `${n} 行数据`,
    modeLabel: '数值口径',
    modeAuto: '自动识别',
    modePerHour: '每小时',
    modeCumulative: '自 00:00 累计',
    recognisedCumulative: (cols: string) =>
      `识别为自 00:00 起的累计值（从不减少）：${cols}。写入时按小时相减。`,
    recognisedPerHour: (cols: string) => `识别为每小时的值：${cols}。`,
    chosenCumulative: (cols: string) => `按你的选择读作自 00:00 起的累计值：${cols}。`,
    chosenPerHour: (cols: string) => `按你的选择读作每小时的值：${cols}。`,
    level: (cols: string) => `库存是时点值，不相加：${cols}。`,
    problems: '问题',
    error: '错误',
    warning: '提示',
    allOrNothing: (n: number) => `有 ${n} 处错误：改正文件后重新导入，这次什么都不会写入。`,
    preview: (added: number, replaced: number, unchanged: number) =>
      `将新增 ${added} 个小时记录，更新 ${replaced} 个（新值覆盖旧值），${unchanged} 个不变。`,
    changesTitle: '将被覆盖的数值（旧 → 新）',
    change: (hour: string, who: string, metric: string, before: string, after: string) =>
      `${hour} ${who} ${metric}：${before} → ${after}`,
    moreChanges: (n: number) => `……还有 ${n} 处`,
    shop: '全店',
    newChannels: (names: string) => `将新建渠道：${names}`,
    nothing: '没有可导入的行。',
    cancel: '取消',
    confirm: '写入作战室',
    label: (source: string) => `导入分时数据（${source}）`,
  },
  {
    title: (source: string) => `Import hourly data · ${source}`,
    pasteSource: 'pasted table',
    importFile: 'Import file…',
    importFileHint:
      'A back-office export: .csv (UTF-8 or GBK), .xls, .xlsx; or drop the file on the war room',
    dropHere: 'Drop to import into the war room',
    dropHint: 'An hourly, channel or SKU sheet (.csv, .xls, .xlsx), checked on the mapping screen first',
    notWorkbook: (name: string) => `“${name}” is not a .csv, .xls or .xlsx file; nothing was imported.`,
    sheet: (name: string) => `Sheet “${name}”`,
    shape: { shop: 'Shop by hour', channel: 'By channel', sku: 'By SKU' } as Record<string, string>,
    headerRow: 'Header row',
    headerlessNote:
      'No header row recognised. What each column holds was guessed from its values; check each one:',
    firstRowData: 'First row is data',
    firstRowHeader: 'First row is a header',
    columnOf: (letter: string) => `Column ${letter}`,
    ignoreColumn: '(ignore this column)',
    emptyColumn: '(empty column)',
    notInFile: '(not in the sheet)',
    rows: (n: number, rejected: number) =>
      rejected > 0
        ? `${plural('en-US', n, { one: '1 data row', other: `${n} data rows` })}, ${rejected} with errors`
        : plural('en-US', n, { one: '1 data row', other: `${n} data rows` }),
    modeLabel: 'Values are',
    modeAuto: 'Recognise',
    modePerHour: 'Per hour',
    modeCumulative: 'Cumulative since 00:00',
    recognisedCumulative: (cols: string) =>
      `Recognised as cumulative since 00:00 (never decreases): ${cols}. Stored per hour by subtracting.`,
    recognisedPerHour: (cols: string) => `Recognised as per-hour values: ${cols}.`,
    chosenCumulative: (cols: string) => `Read as cumulative since 00:00, as you chose: ${cols}.`,
    chosenPerHour: (cols: string) => `Read as per-hour values, as you chose: ${cols}.`,
    level: (cols: string) => `Stock is a level, never summed: ${cols}.`,
    problems: 'Problems',
    error: 'Error',
    warning: 'Note',
    allOrNothing: (n: number) =>
      `${plural('en-US', n, { one: '1 error', other: `${n} errors` })}: correct the file and import it again; nothing is written this time.`,
    preview: (added: number, replaced: number, unchanged: number) =>
      `${added} new hour records, ${replaced} updated (the new value wins), ${unchanged} unchanged.`,
    changesTitle: 'Values that will be replaced (old → new)',
    change: (hour: string, who: string, metric: string, before: string, after: string) =>
      `${hour} ${who} ${metric}: ${before} → ${after}`,
    moreChanges: (n: number) => `…and ${n} more`,
    shop: 'Shop',
    newChannels: (names: string) => `New channels to add: ${names}`,
    nothing: 'No rows to import.',
    cancel: 'Cancel',
    confirm: 'Write to the war room',
    label: (source: string) => `Import hourly data (${source})`,
  },
);
