import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { planDocumentSchema, type PlanDocument } from '../../../shared/domain';
import { importHourlyBytes } from '../../../shared/warroom/importFile';
import { applyHourlyImport } from '../../../shared/warroom/merge';

const dir = resolve(import.meta.dirname, '../../fixtures/warroom');

/** The plan of docs/warroom.md "Worked example", without data. */
export function workedPlan(): PlanDocument {
  const planId = 'plan-worked';
  const now = '2026-11-01T00:00:00.000Z';
  return planDocumentSchema.parse({
    plan: {
      id: planId,
      name: '双11 作战室 例',
      type: 'double11',
      startDate: '2026-11-11',
      endDate: '2026-11-11',
      peakDate: '2026-11-11',
      createdAt: now,
      updatedAt: now,
    },
    phases: [
      { id: 'ph1', planId, name: '爆发期', kind: 'burst', startDate: '2026-11-11', endDate: '2026-11-11' },
    ],
    goals: [
      { id: 'g1', planId, title: 'GMV', metric: 'gmv', unit: 'money', target: 100_000_000 },
      { id: 'g2', planId, title: '转化率', metric: 'conversion', unit: 'rate', target: 0.05 },
    ],
    channels: [
      {
        id: 'ch-ztc',
        planId,
        name: '直通车',
        kind: 'searchAds',
        expectedUv: 50_000,
        cvr: 0.04,
        aovMinor: 25_000,
        plannedSpendMinor: 10_000_000,
      },
      {
        id: 'ch-live',
        planId,
        name: '达人直播',
        kind: 'liveStreaming',
        expectedUv: 20_000,
        cvr: 0.05,
        aovMinor: 30_000,
        plannedSpendMinor: 5_000_000,
      },
    ],
    risks: [
      { id: 'r-sys', planId, description: '零点系统崩溃', kind: 'system', contingency: '切换备用服务器' },
      {
        id: 'r-stock',
        planId,
        description: '爆款断货',
        kind: 'stock',
        contingency: '调拨备用仓库存，上架替代款',
      },
      {
        id: 'r-ch',
        planId,
        description: '渠道效果不及预期',
        kind: 'channel',
        contingency: '预算转投高投产渠道',
      },
      {
        id: 'r-cs',
        planId,
        description: '退款投诉激增',
        kind: 'complaints',
        contingency: '客服加班，主动补偿',
      },
    ],
    hourProfiles: [
      {
        id: 'hp1',
        planId,
        date: '2026-11-11',
        weights: [20, 5, 5, 5, 5, 5, 5, 5, 5, 5, ...Array.from({ length: 14 }, () => 2.5)],
      },
    ],
  });
}

/** The worked plan with the three fixture files imported: shop (cumulative), channels, SKUs. */
export function workedPlanWithData(): PlanDocument {
  let doc = workedPlan();
  for (const file of ['shop-cumulative.csv', 'channels-gbk.csv', 'sku-times.xlsx']) {
    const r = importHourlyBytes(new Uint8Array(readFileSync(resolve(dir, file))), {
      planId: doc.plan.id,
      currency: 'CNY',
      channels: doc.channels,
      products: [],
      defaultDate: null,
      snapshotHour: null,
      fileName: file,
      mode: 'auto',
    });
    if (!r.value || r.problems.length > 0) throw new Error(`${file}: ${JSON.stringify(r.problems)}`);
    doc = applyHourlyImport(doc, {
      rows: r.value.rows,
      newChannels: r.value.newChannels,
      ...{
        source: file,
        importedAt: '2026-11-11T04:01:00.000Z',
      },
    });
  }
  return doc;
}
