import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
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
const isSection = (s: string | null): s is Section => sections.includes(s as Section);

/** 复盘: actuals in, attainment, charts, composite score, lessons, and the report out. */
export function ReviewScreen() {
  const m = useMessages(messages);
  // The open section is in the address (…/review?section=actuals), so an empty state elsewhere
  // (a chart without actuals, the forecast, the war room) can link straight to it.
  const [params, setParams] = useSearchParams();
  const asked = params.get('section');
  const section: Section = isSection(asked) ? asked : 'attainment';
  const setSection = (s: Section) => setParams({ section: s }, { replace: true });
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
    charts: <ChartsGrid doc={doc} charts={charts} showWays />,
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
