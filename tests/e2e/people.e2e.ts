import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDocument, planSchema, taskSchema, type PlanDocument } from '../../shared/domain';
import { hasCount, hasText, hasValue, isVisible } from './assertions';
import { launchApp, type App } from './harness';

/**
 * Issue 14 point 3, as a planner would: two plans share an owner, written two ways, with tasks in
 * the same week; the owners are matched to the team in one step (and undone), a person is added
 * and undone, and the workload marks the week where 张三 carries more than the default 5 tasks.
 */
function plan(id: string, name: string, tasks: [string, string, string, string][]): PlanDocument {
  const doc = emptyDocument(
    planSchema.parse({
      id,
      name,
      type: 'double11',
      startDate: '2026-10-20',
      endDate: '2026-11-30',
      peakDate: '2026-11-11',
      createdAt: '2026-07-01T00:00:00.000Z',
      updatedAt: '2026-07-01T00:00:00.000Z',
    }),
  );
  doc.tasks = tasks.map(([title, owner, startDate, endDate], i) =>
    taskSchema.parse({ id: `${id}-t${i}`, planId: id, title, owner, startDate, endDate, order: i }),
  );
  return doc;
}

// 张三 in 2026-W45 (11-02..11-08): three tasks in each plan = 6 > the default limit 5.
const double11 = plan('plan-d11', '双11 大促', [
  ['主会场KV', '张三', '2026-11-02', '2026-11-06'],
  ['预热投放', '张三', '2026-11-03', '2026-11-10'],
  ['直播排期', '张三', '2026-11-04', '2026-11-05'],
]);
const double12 = plan('plan-d12', '双12 预热', [
  ['选品', '张三(运营)', '2026-11-02', '2026-11-04'],
  ['优惠券设置', '张三(运营)', '2026-11-05', '2026-11-06'],
  ['落地页', '张三(运营)', '2026-11-06', '2026-11-08'],
  ['客服培训', '李四', '2026-11-09', '2026-11-10'],
]);

describe('people: team, match owners, workload', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
    await app.seedDocument(double11);
    await app.seedDocument(double12);
  });
  afterAll(async () => {
    await app?.close();
  });

  const go = async (path: string) => {
    await app.page.goto(`${app.baseUrl}#${path}`);
    await isVisible(app.page.locator('main h1'));
    await app.page.locator('main .mantine-Loader').waitFor({ state: 'detached' });
  };

  it('the command palette (Ctrl/⌘+K) leads to the workload and the team', async () => {
    const { page } = app;
    await go('/');
    for (const [query, heading] of [
      ['工作量', '工作量'],
      ['匹配负责人', '匹配负责人'],
      ['团队', '团队'],
    ] as const) {
      await page.keyboard.press('Control+K');
      await page.getByRole('textbox', { name: /命令面板/ }).fill(query);
      await page.locator('.mantine-Spotlight-action', { hasText: heading }).first().click();
      await hasText(page.locator('main h1'), heading);
    }
  });

  it('with no one in the team, the workload says why and leads to matching the owners', async () => {
    const { page } = app;
    await go('/workload');
    await hasText(page.getByTestId('empty-state'), /匹配到团队成员后就会计入/);
    // The plans' owners are listed as not counted, joined the Chinese way.
    await hasText(page.getByTestId('workload-unmatched'), /：[^、]+、/);
    await page.getByTestId('workload-match-owners').click();
    await hasText(page.locator('main h1'), '匹配负责人');
  });

  it('adds a person to the team and takes it back with Undo', async () => {
    const { page } = app;
    await go('/team');
    await isVisible(page.getByTestId('empty-state'));
    await page.getByTestId('add-person').click();
    await hasCount(page.getByTestId('person-row'), 1);
    await hasValue(page.getByTestId('person-row').getByLabel('姓名'), '新成员');
    await page.getByTestId('workspace-undo').click();
    await hasCount(page.getByTestId('person-row'), 0);
  });

  it('matches the owners of both plans to new people in one step, and undoes it', async () => {
    const { page } = app;
    await go('/team/match');
    await hasCount(page.getByTestId('owner-match-row'), 3);
    await app.screenshot('match-owners-zh');
    await page.getByTestId('apply-matches').click();
    await go('/team');
    await hasCount(page.getByTestId('person-row'), 2);
    const zhang = page.getByTestId('person-row').filter({ has: page.locator('input[value="张三"]') });
    await hasValue(zhang.getByLabel('部门'), '运营');
    // The plan's owners now read as the team's names.
    await app.openPlan(double12.plan.id, 'tasks');
    await hasValue(page.locator('[data-testid="task-row"]').first().getByLabel('负责人'), '张三');

    await go('/team');
    await page.getByTestId('workspace-undo').click();
    await hasCount(page.getByTestId('person-row'), 0);
    await app.openPlan(double12.plan.id, 'tasks');
    await hasValue(page.locator('[data-testid="task-row"]').first().getByLabel('负责人'), '张三(运营)');

    await go('/team');
    await page.getByTestId('open-match-owners').click();
    await hasCount(page.getByTestId('owner-match-row'), 3);
    await page.getByTestId('apply-matches').click();
    await go('/team');
    await hasCount(page.getByTestId('person-row'), 2);
    await app.screenshot('team-zh');
  });

  it('shows 张三 overloaded in 2026-W45 across the two plans, with the tasks and their plans', async () => {
    const { page } = app;
    await go('/workload');
    const cell = page.getByTestId('load-张三-2026-W45');
    await hasText(cell, /^6\s*超负荷$/);
    expect(await cell.getAttribute('data-overloaded')).toBe('true');
    await hasText(page.getByTestId('load-张三-2026-W46'), '1');
    await hasText(page.getByTestId('load-李四-2026-W46'), '1');
    await hasText(page.getByTestId('overload-count'), '超负荷 1 处');
    await cell.click();
    const dropdown = page.getByTestId('workload-tasks');
    await isVisible(dropdown.getByText('落地页'));
    await hasCount(dropdown.locator('a'), 6);
    await isVisible(dropdown.getByText(/双12 预热/).first());
    await app.screenshot('workload-zh');
    // A task leads to its plan's tasks, filtered to the person.
    await dropdown.getByText('落地页').click();
    await isVisible(page.getByTestId('task-grid'));
    await isVisible(page.getByText('显示 3 / 4 项'));
    await hasCount(page.getByTestId('task-row'), 3);
  });

  /** Downloads the workload workbook and reads it back as a planner opening it in Excel would. */
  const exportWorkload = async () => {
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('workload-export').click(),
    ]);
    return {
      name: download.suggestedFilename(),
      wb: XLSX.read(readFileSync((await download.path())!), { type: 'buffer' }),
    };
  };
  const rowsOf = (ws: XLSX.WorkSheet | undefined) =>
    XLSX.utils.sheet_to_json<unknown[]>(ws!, { header: 1, defval: null });

  it('exports the workload for the staffing meeting: 张三 6 ! in W45, split by plan, and the tasks', async () => {
    const { page } = app;
    await go('/workload');
    const { name, wb } = await exportWorkload();
    expect(name).toBe('工作量 2026-W45–2026-W46.xlsx');
    expect(wb.SheetNames).toEqual(['工作量', '任务明细']);
    const ws = wb.Sheets['工作量']!;
    const rows = rowsOf(ws);
    expect(rows[7]).toEqual(['成员', '部门', '上限', '方案', '2026-W45', '2026-W46', '超负荷周数']);
    const at = (person: string, plan: string) => rows.findIndex((r) => r[0] === person && r[3] === plan);
    // Hand-worked from the seed: 张三 has 3 + 3 tasks in W45 (limit 5, over) and 预热投放 in W46.
    const total = at('张三', '全部方案');
    expect(rows[total]?.slice(1, 7)).toEqual(['运营', 5, '全部方案', 6, 1, 1]);
    expect(ws[`E${total + 1}`]?.w).toBe('6 !');
    expect(ws[`F${total + 1}`]?.w).toBe('1');
    expect(rows[at('张三', '双11 大促')]?.slice(4, 6)).toEqual([3, 1]);
    expect(rows[at('张三', '双12 预热')]?.slice(4, 6)).toEqual([3, null]);
    expect(rows[at('李四', '全部方案')]?.slice(2, 7)).toEqual([5, '全部方案', 0, 1, 0]);
    const tasks = rowsOf(wb.Sheets['任务明细']).slice(1);
    expect(tasks).toHaveLength(7);
    const warmUp = tasks.find((r) => r[3] === '预热投放');
    expect([warmUp?.[0], warmUp?.[2], warmUp?.[6], warmUp?.[7]]).toEqual([
      '张三',
      '双11 大促',
      '2026-W45 – 2026-W46',
      '2026-W45',
    ]);
    await isVisible(page.getByText('已导出“工作量 2026-W45–2026-W46.xlsx”。'));
  });

  it('filters by plan, and reads in English', async () => {
    const { page } = app;
    await go('/workload');
    await page.getByTestId('workload-plan').click();
    await page.getByRole('option', { name: '双11 大促' }).click();
    await hasText(page.getByTestId('load-张三-2026-W45'), '3');
    await hasText(page.getByTestId('overload-count'), '超负荷 0 处');
    await page.getByText('English', { exact: true }).click();
    await app.reload();
    await go('/workload');
    await hasText(page.getByTestId('load-张三-2026-W45'), /^6\s*Over$/);
    await hasText(page.getByTestId('overload-count'), '1 overload');
    await app.screenshot('workload-en');
    const { wb } = await exportWorkload();
    expect(wb.SheetNames).toEqual(['Workload', 'Tasks']);
    const rows = rowsOf(wb.Sheets['Workload']);
    expect(rows[3]?.slice(0, 2)).toEqual(['Filters', 'All plans; all departments']);
    expect(rows[7]?.slice(0, 4)).toEqual(['Person', 'Department', 'Limit', 'Plan']);
    const total = rows.findIndex((r) => r[0] === '张三' && r[3] === 'All plans');
    expect(wb.Sheets['Workload']![`E${total + 1}`]?.w).toBe('6 !');
    await go('/team');
    await app.screenshot('team-en');
    app.assertNoExternalRequests();
  });
});
