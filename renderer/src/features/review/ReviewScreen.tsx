import { Tabs } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useMessages } from '../../i18n';
import { ActualsSection } from './ActualsSection';
import { AttainmentSection } from './AttainmentSection';
import { BaselinesSection } from './baselines/BaselinesSection';
import { ChartsGrid } from './ChartsSection';
import { LessonsSection } from './LessonsSection';
import { messages } from './messages';
import { ReportSection } from './report/ReportSection';
import { ScoreSection } from './ScoreSection';
import { useReviewCharts } from './useReviewCharts';
import { usePlanFigures } from '../../components/usePlanFigures';

type Section = keyof (typeof messages)['zh-CN']['tabs'];
const sections: Section[] = ['actuals', 'attainment', 'baselines', 'charts', 'score', 'lessons', 'report'];

/** 复盘: actuals in, attainment, charts, composite score, lessons, and the report out. */
export function ReviewScreen() {
  const m = useMessages(messages);
  const [section, setSection] = useState<Section>('attainment');
  // Every figure of the review, its report and PDF comes from the engine, computed once here.
  const { stored: doc, figures } = usePlanFigures();
  const attainments = figures.goals;
  const score = figures.reviewScore;
  const charts = useReviewCharts(doc, attainments);
  // What each tab shows; only the open one is mounted (keepMounted={false}).
  const panels: Record<Section, ReactNode> = {
    actuals: <ActualsSection doc={doc} />,
    attainment: <AttainmentSection doc={doc} figures={figures} />,
    baselines: <BaselinesSection doc={doc} />,
    charts: <ChartsGrid doc={doc} charts={charts} />,
    score: <ScoreSection doc={doc} score={score} />,
    lessons: <LessonsSection doc={doc} />,
    report: <ReportSection doc={doc} figures={figures} charts={charts} />,
  };

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
        {sections.map((s) => (
          <Tabs.Panel key={s} value={s} pt="sm">
            {panels[s]}
          </Tabs.Panel>
        ))}
      </Tabs>
    </ScreenFrame>
  );
}
