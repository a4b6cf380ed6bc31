import { Tabs } from '@mantine/core';
import { useMemo, useState } from 'react';
import { computeFigures } from '../../../../shared/figures';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useMessages } from '../../i18n';
import { usePlanDoc } from '../../state/planStore';
import { ActualsSection } from './ActualsSection';
import { AttainmentSection } from './AttainmentSection';
import { BaselinesSection } from './baselines/BaselinesSection';
import { ChartsGrid } from './ChartsSection';
import { LessonsSection } from './LessonsSection';
import { messages } from './messages';
import { ReportSection } from './report/ReportSection';
import { ScoreSection } from './ScoreSection';
import { useReviewCharts } from './useReviewCharts';

type Section = keyof (typeof messages)['zh-CN']['tabs'];
const sections: Section[] = ['actuals', 'attainment', 'baselines', 'charts', 'score', 'lessons', 'report'];

/** 复盘: actuals in, attainment, charts, composite score, lessons, and the report out. */
export function ReviewScreen() {
  const m = useMessages(messages);
  const doc = usePlanDoc();
  const [section, setSection] = useState<Section>('attainment');
  // Every figure of the review, its report and PDF comes from the engine, computed once here.
  const figures = useMemo(() => computeFigures(doc), [doc]);
  const attainments = figures.goals;
  const score = figures.reviewScore;
  const charts = useReviewCharts(doc, attainments);

  return (
    <ScreenFrame title={m.title} intro={m.intro}>
      <Tabs value={section} onChange={(v) => v && setSection(v as Section)} keepMounted={false}>
        <Tabs.List className="no-print">
          {sections.map((s) => (
            <Tabs.Tab key={s} value={s} data-testid={`review-tab-${s}`}>
              {m.tabs[s]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="actuals" pt="sm">
          <ActualsSection doc={doc} />
        </Tabs.Panel>
        <Tabs.Panel value="attainment" pt="sm">
          <AttainmentSection doc={doc} figures={figures} />
        </Tabs.Panel>
        <Tabs.Panel value="baselines" pt="sm">
          <BaselinesSection doc={doc} />
        </Tabs.Panel>
        <Tabs.Panel value="charts" pt="sm">
          <ChartsGrid doc={doc} charts={charts} />
        </Tabs.Panel>
        <Tabs.Panel value="score" pt="sm">
          <ScoreSection doc={doc} score={score} />
        </Tabs.Panel>
        <Tabs.Panel value="lessons" pt="sm">
          <LessonsSection doc={doc} />
        </Tabs.Panel>
        <Tabs.Panel value="report" pt="sm">
          <ReportSection doc={doc} figures={figures} charts={charts} />
        </Tabs.Panel>
      </Tabs>
    </ScreenFrame>
  );
}
