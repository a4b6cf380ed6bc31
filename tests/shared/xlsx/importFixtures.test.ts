import { describe, expect, it } from 'vitest';
import { importFile, importWorkbook, readWorkbook } from '../../../shared/xlsx';
import { fixture, importFixture, taskRows } from './helpers';

describe('schedule sheets as planners write them', () => {
  it('reads the 618 sample: title rows, merged phases, mixed dates, owners with departments', () => {
    const r = importFixture('618-schedule-sample.xlsx');
    expect(r.problems).toEqual([]);
    const doc = r.value!.document;
    expect(doc.plan.name).toBe('2026 年 618 年中大促 活动排期');
    expect(doc.plan.type).toBe('mid618');
    expect(taskRows(r)).toEqual([
      '确定GMV目标与预算 2026-04-20..2026-04-24',
      '选品定价表确认 2026-04-25..2026-05-06',
      '主KV设计 2026-05-01..2026-05-15',
      '压测与扩容 2026-05-18..2026-05-22',
      '达人种草 2026-05-13..2026-05-30',
      '预售定金开启 2026-05-20..2026-05-20',
      '第一波开售 2026-05-31..2026-06-03',
      '618 零点 2026-06-18..2026-06-18',
      '返场召回 2026-06-19..2026-06-20',
    ]);
    const [t1, t2, t3] = doc.tasks;
    expect(t2!.owner).toBe('赵强');
    expect(t2!.workstream).toBe('supply');
    expect(t2!.progress).toBe(0.6);
    expect(t1!.status).toBe('done');
    expect(t3!.predecessors.map((p) => p.taskId)).toEqual([t1!.id]);
    // 准备 is merged over T1–T4.
    const phaseName = (i: number): string | undefined =>
      doc.phases.find((p) => p.id === doc.tasks[i]!.phaseId)?.name;
    expect([0, 1, 2, 3, 4].map(phaseName)).toEqual(['准备', '准备', '准备', '准备', '蓄水']);
    expect(doc.tasks[7]!.isMilestone).toBe(true);
    expect(doc.plan.peakDate).toBe('2026-06-18');
  });

  it('reads the 双11 sheet: subtotal and totals rows skipped, dates without a year, predecessors by number and name', () => {
    const r = importFixture('schedule-double11-messy.xlsx');
    expect(r.problems).toEqual([]);
    expect(taskRows(r)).toEqual([
      '确定GMV目标与预算 2026-10-12..2026-10-16',
      '选品定价表确认 2026-10-19..2026-10-23',
      '主KV设计 2026-10-20..2026-10-28',
      '预售定金开启 2026-10-24..2026-10-24',
      '达人种草 2026-10-21..2026-11-03',
      '双11 零点开抢 2026-11-11..2026-11-11',
      '客服排班 2026-11-09..2026-11-12',
    ]);
    const tasks = r.value!.document.tasks;
    const id = (title: string): string => tasks.find((t) => t.title === title)!.id;
    const presale = tasks[3]!;
    expect(presale.isMilestone).toBe(true);
    expect(presale.milestoneTime).toBe('20:00');
    expect(presale.owner).toBe('王芳');
    expect(presale.predecessors.map((p) => p.taskId)).toEqual([id('选品定价表确认'), id('主KV设计')]);
    expect(tasks[4]!.predecessors).toEqual([{ taskId: id('主KV设计'), type: 'FS', lagDays: 1 }]);
    expect(tasks[2]!.predecessors.map((p) => p.taskId)).toEqual([id('确定GMV目标与预算')]);
    expect(tasks[1]!.status).toBe('done');
    expect(tasks[6]!.status).toBe('inProgress');
    expect(r.value!.document.phases.map((p) => [p.name, p.kind, p.startDate, p.endDate])).toEqual([
      ['筹备期', 'prep', '2026-10-12', '2026-10-28'],
      ['预热期', 'warmup', '2026-10-21', '2026-11-03'],
      ['爆发期', 'burst', '2026-11-09', '2026-11-12'],
    ]);
    expect(r.value!.document.plan.type).toBe('double11');
    expect(r.value!.document.plan.peakDate).toBe('2026-11-11');
  });

  it('infers day/month from 13/11 and reads English headers', () => {
    const r = importFixture('schedule-english-dm.csv');
    expect(r.problems).toEqual([]);
    expect(taskRows(r)).toEqual([
      'Creative brief 2026-11-02..2026-11-13',
      'Landing page build 2026-11-14..2026-11-20',
      'Black Friday launch 2026-11-27..2026-11-27',
    ]);
    expect(r.value!.document.plan.type).toBe('blackFriday');
  });

  it('asks about slash dates it cannot order, and follows the planner’s answer', () => {
    const r = importFixture('schedule-ambiguous-slash.csv');
    expect(r.problems.map((p) => [p.code, p.severity, p.row, p.column])).toEqual([
      ['ambiguousDateOrder', 'warning', 2, 'B'],
    ]);
    expect(taskRows(r)[0]).toBe('素材准备 2026-03-04..2026-05-04');
    const again = importFile(fixture('schedule-ambiguous-slash.csv'), {
      mapping: { ...r.value!.mapping!, dateOrder: 'dm' },
      context: { fileName: 'x.csv', today: '2026-11-23' },
    });
    expect(again.problems).toEqual([]);
    expect(taskRows(again)[0]).toBe('素材准备 2026-04-03..2026-04-05');
  });

  it('reads a legacy .xls', () => {
    const r = importFixture('schedule-legacy.xls');
    expect(r.value!.document.tasks.map((t) => t.title)).toEqual([
      '确定GMV目标与预算',
      '选品定价表确认',
      '主KV设计',
    ]);
  });

  it('names sheet, row, column and reason for every broken row and keeps only the valid rows', () => {
    const r = importFixture('schedule-broken.xlsx');
    const summary = r.problems.map((p) => `${p.severity} ${p.code} ${p.sheet}!${p.column}${p.row}`);
    expect(summary).toEqual([
      'error endBeforeStart Sheet1!E2',
      'error impossibleDate Sheet1!D3',
      'error missingTitle Sheet1!B4',
      'error notANumber Sheet1!F5',
      'error invalidDate Sheet1!D10',
      'warning unknownPredecessor Sheet1!G6',
      'error dependencyLoop Sheet1!G7',
      'error dependencyLoop Sheet1!G8',
    ]);
    expect(r.problems.find((p) => p.code === 'dependencyLoop')!.message.zh).toContain(
      '联调 A (7) → 联调 B (8) → 联调 A (7)',
    );
    expect(r.problems.find((p) => p.code === 'endBeforeStart')!.message.en).toBe(
      '"2026-10-08": The end date 2026-10-08 is before the start date 2026-10-10.',
    );
    expect(r.value!.document.tasks.map((t) => t.title)).toEqual(['压测', '上线']);
    expect(r.value!.rejectedRows).toEqual([2, 3, 4, 5, 7, 8, 10]);
    // 上线 depended on T7 (in the loop, left out) and T5 (kept).
    const [stress, launch] = r.value!.document.tasks;
    expect(launch!.predecessors.map((p) => p.taskId)).toEqual([stress!.id]);
  });

  it('lets the planner change the mapping', () => {
    const wb = readWorkbook(fixture('618-schedule-sample.xlsx'), 's.xlsx').value!;
    const first = importWorkbook(wb, { context: { fileName: 's.xlsx' } }).value!;
    // Put the notes column (I) in as the owner instead.
    const mapping = { ...first.mapping!, columns: { ...first.mapping!.columns, owner: 8 } };
    const again = importWorkbook(wb, { mapping, context: { fileName: 's.xlsx' } }).value!;
    expect(again.document.tasks[1]!.owner).toBe('引流款/利润款');
    expect(first.preview!.headers.slice(0, 3)).toEqual(['编号', '活动阶段', '任务名称']);
    expect(first.preview!.rows[0]!.excelRow).toBe(4);
  });
});

describe('budget sheets', () => {
  it('reads the 618 budget in 万元 with its 总计 row left out', () => {
    const r = importFixture('618-budget-sample.xlsx');
    expect(r.problems).toEqual([]);
    const doc = r.value!.document;
    expect(doc.budgetLines.map((l) => [l.item, l.plannedMinor, l.actualMinor])).toEqual([
      ['京准通', 25_000_000, 10_500_000],
      ['千川', 18_000_000, null],
      ['达人笔记 x30', 4_500_000, null],
      ['店铺券 满199减20', 12_000_000, null],
      ['满赠收纳盒', 3_200_000, null],
      ['预备金', 5_000_000, null],
    ]);
    expect(doc.budgetLines.reduce((s, l) => s + l.plannedMinor, 0)).toBe(67_700_000); // the sheet's 总计 67.7万
    expect(doc.budgetCategories.map((c) => [c.name, c.key])).toEqual([
      ['广告投放', 'advertising'],
      ['达人合作', 'kol'],
      ['优惠让利', 'discount'],
      ['赠品', 'gifts'],
      ['预备金', 'reserve'],
    ]);
    // 全店 is not a channel.
    expect(doc.channels.map((c) => c.name)).toEqual(['京东', '抖音', '小红书']);
  });

  it('reads ¥, 元, 万, (negative), unit price × quantity, merged categories and dates without a year', () => {
    const r = importFixture('budget-wan-yuan.xlsx');
    // 主KV外包's planned amount is 待定: imported at 0, and said so at its cell (F10).
    expect(r.problems.map((p) => [p.severity, p.code, `${p.column}${p.row}`, p.message.zh])).toEqual([
      ['warning', 'amountPending', 'F10', '“待定”还不是金额，预算金额按 0 导入；定下来后请补上。'],
    ]);
    const doc = r.value!.document;
    const cat = (id: string | null): string | undefined =>
      doc.budgetCategories.find((c) => c.id === id)?.name;
    expect(
      doc.budgetLines.map((l) => [cat(l.categoryId), l.item, l.plannedMinor, l.actualMinor, l.paymentDate]),
    ).toEqual([
      ['广告投放', '万相台', 30_000_000, 12_500_050, '2026-11-15'],
      ['广告投放', '巨量千川', 12_000_000, 9_800_000, '2026-11-20'],
      ['广告投放', '聚光', 1_200_000, null, null],
      ['达人/KOL', '头部达人直播坑位', 20_000_000, -120_000, null],
      ['赠品', '定制帆布袋', 3_200_000, null, null],
      ['物料', '主KV外包', 0, null, null],
      ['预备金', '预备金', 5_000_000, null, null],
    ]);
    expect(doc.budgetLines[4]!.unitPriceMinor).toBe(800);
    expect(doc.budgetLines[4]!.quantity).toBe(4000);
  });
});

describe('daily actuals from a back office', () => {
  it('reads a GBK CSV per channel, skips the totals row and only cross-checks derived figures', () => {
    const r = importFixture('actuals-shop-daily.csv');
    expect(r.value!.kind).toBe('actuals');
    const a = r.value!.actuals!;
    expect(a.newChannels.map((c) => c.name)).toEqual(['直通车']);
    expect(
      a.rows.map((x) => [
        x.date,
        x.channelId === null ? '全店' : '直通车',
        x.uv,
        x.pv,
        x.buyers,
        x.gmvMinor,
        x.refundsMinor,
      ]),
    ).toEqual([
      ['2026-11-01', '全店', 12_000, 36_000, 390, 5_850_000, 120_000],
      ['2026-11-01', '直通车', 5_000, 15_000, 150, 2_250_000, 0],
      ['2026-11-02', '全店', 15_000, 45_000, 450, 6_750_000, 80_000],
      ['2026-11-03', '全店', 10_000, 30_000, 300, 4_500_000, 0],
    ]);
    expect(Object.keys(a.rows[0]!)).not.toContain('conversion');
    expect(r.problems.map((p) => [p.code, p.severity, p.row, p.column])).toEqual([
      ['crossCheckMismatch', 'warning', 5, 'G'],
    ]);
    expect(r.problems[0]!.message.zh).toContain('3.00%');
  });
});

describe('files that are not workbooks', () => {
  it.each([
    ['random-bytes.xlsx', 'notAWorkbook'],
    ['truncated.xlsx', 'damagedFile'],
    ['empty.csv', 'emptyFile'],
  ])('%s gets a clear message naming the file', (name, code) => {
    const r = importFixture(name);
    expect(r.value).toBeNull();
    expect(r.problems.map((p) => p.code)).toEqual([code]);
    expect(r.problems[0]!.message.en).toContain(name);
    expect(r.problems[0]!.message.zh).toContain(name);
  });
});
