import { defineMessages } from '../../i18n';

/** A workbook of several planning sheets, mapped sheet by sheet and imported in one step. */
export const bookMessages = defineMessages(
  {
    title: (file: string) => `${file} 中的工作表`,
    hint: '每个工作表按表头识别为一类数据，可改为其他类或跳过。全部在一次操作中导入，撤销一次即全部撤回；任何一个工作表有错误，都不会写入任何数据。',
    sheet: '工作表',
    readAs: '读作',
    columns: '识别到的列',
    rows: '数据行',
    create: '将新建',
    update: '将更新',
    unchanged: '不变',
    problems: '问题',
    kinds: {
      schedule: '排期（任务）',
      budget: '预算明细',
      products: '商品（SKU）',
      goals: '目标（KPI）',
      skip: '跳过',
    },
    suggested: '推荐',
    kindOf: (sheet: string) => `工作表“${sheet}”读作`,
    noHeader: '未识别到表头',
    total: (create: number, update: number) => `合计：新建 ${create} 条，更新 ${update} 条记录。`,
    blocked: (n: number) =>
      `有 ${n} 个错误，整个工作簿都不会导入。请改正文件后重新选择，或把有错误的工作表设为“跳过”。`,
    confirmNew: (name: string, n: number) => `导入为新方案“${name}”（${n} 条记录）`,
    confirmMerge: (n: number) => `合并 ${n} 条记录到当前方案`,
    nothing: '没有要新建或更新的记录（各工作表都已跳过，或内容与方案相同）。',
  },
  {
    title: (file: string) => `The sheets of ${file}`,
    hint: 'Each sheet is read as the kind of data its header row suggests; change it, or skip the sheet. Everything is imported in one step that one undo takes back; an error on any sheet writes nothing at all.',
    sheet: 'Sheet',
    readAs: 'Read as',
    columns: 'Columns found',
    rows: 'Rows',
    create: 'Create',
    update: 'Update',
    unchanged: 'Same',
    problems: 'Problems',
    kinds: {
      schedule: 'Schedule (tasks)',
      budget: 'Budget lines',
      products: 'SKUs',
      goals: 'Goals (KPIs)',
      skip: 'Skip',
    },
    suggested: 'suggested',
    kindOf: (sheet: string) => `Read sheet “${sheet}” as`,
    noHeader: 'no header found',
    total: (create: number, update: number) =>
      `In all: ${create === 1 ? '1 record' : `${create} records`} created, ${update} updated.`,
    blocked: (n: number) =>
      `${n === 1 ? '1 error' : `${n} errors`}: nothing in this workbook will be imported. Correct the file and choose it again, or skip the sheets with errors.`,
    confirmNew: (name: string, n: number) =>
      `Import as new plan “${name}” (${n === 1 ? '1 record' : `${n} records`})`,
    confirmMerge: (n: number) => `Merge ${n === 1 ? '1 record' : `${n} records`} into the open plan`,
    nothing: 'Nothing to create or update (every sheet is skipped, or holds what the plan holds).',
  },
);
