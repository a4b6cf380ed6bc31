import { defineMessages } from '../../i18n';

/** "New plan from Excel": the library's and new-plan dialog's entry, the drop target, the screen. */
export const newFromExcelMessages = defineMessages(
  {
    action: '从 Excel 新建',
    title: '从 Excel 新建方案',
    intro:
      '选择排期表、预算表或完整方案工作簿（.xlsx / .xls / .csv），也可以把文件直接拖到窗口里。先核对列对应关系和预览，确认后才会建立新方案。',
    dropHere: '松开鼠标，用这个文件新建方案',
    dropHint: '支持 .xlsx、.xls、.csv 和 .txt（Unicode 文本）',
    notWorkbook: (name: string) =>
      `“${name}”不是 Excel 或 CSV 文件（支持 .xlsx、.xls、.csv、.txt），没有导入。`,
    backToLibrary: '返回方案库',
  },
  {
    action: 'New from Excel',
    title: 'New plan from Excel',
    intro:
      'Choose a schedule, budget or full plan workbook (.xlsx / .xls / .csv), or drop the file anywhere on the window. Check the column mapping and the preview first; the plan is created only when you confirm.',
    dropHere: 'Drop to create a new plan from this file',
    dropHint: '.xlsx, .xls, .csv and .txt (Unicode text) are read',
    notWorkbook: (name) =>
      `“${name}” is not an Excel or CSV file (.xlsx, .xls, .csv, .txt are read); nothing was imported.`,
    backToLibrary: 'Back to the plans',
  },
);
