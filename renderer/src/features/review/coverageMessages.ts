import { defineMessages } from '../../i18n';

export const coverageMessages = defineMessages(
  {
    title: '实际数据口径',
    intro:
      '投产比、毛利和利润 ROI 依赖预算行的实际花费。已录入实际的行（按计划金额）占比低于门槛时，这些数字标为“暂定”，计入综合评分时按覆盖率折算。',
    coverage: (share: string) => `有实际的行占计划花费 ${share}`,
    noLines: '方案没有预算行。',
    threshold: '暂定门槛',
    thresholdHint: '已录入实际的计划花费占比低于它时为暂定（默认 80%）',
    fill: '未录入的行按计划值计算',
    fillHint: '关闭时未录入实际的行按 0 计算',
    modeFilled: '口径：未录入实际的行按计划金额计',
    modeZero: '口径：未录入实际的行按 0 计',
    final: '已达门槛：实际数字为最终值。',
    suffixFilled: '（未录入的行按计划值计）',
    suffixZero: '（未录入的行按 0 计）',
    setThreshold: '修改暂定门槛',
    setFill: (isOn: boolean) => (isOn ? '未录入的行按计划值计算' : '未录入的行按 0 计算'),
  },
  {
    title: 'Basis of the actual figures',
    intro:
      'ROAS, gross profit and profit ROI stand on the budget lines’ actual spend. While the lines with an actual hold less of the planned spend than the threshold, those figures are provisional and count in the composite score in proportion to their coverage.',
    coverage: (share: string) => `Lines with an actual hold ${share} of planned spend`,
    noLines: 'The plan has no budget lines.',
    threshold: 'Provisional below',
    thresholdHint: 'Share of planned spend with actuals under which figures are provisional (default 80%)',
    fill: 'Count planned amounts for lines without an actual',
    fillHint: 'Off: a line without an actual counts 0',
    modeFilled: 'Basis: lines without an actual count their planned amount',
    modeZero: 'Basis: lines without an actual count 0',
    final: 'Threshold reached: the actual figures are final.',
    suffixFilled: ' (lines without an actual at their planned amount)',
    suffixZero: ' (lines without an actual at 0)',
    setThreshold: 'Change the provisional threshold',
    setFill: (isOn: boolean) =>
      isOn ? 'Count planned amounts for lines without an actual' : 'Count 0 for lines without an actual',
  },
);
export type CoverageMessages = (typeof coverageMessages)['zh-CN'];
