import type { Comparison } from '../../../../shared/compare/compare';
import type { Formatters, Locale } from '../../i18n';
import type { AppMessages } from '../../i18n/messages';
import type { rollForwardMessages } from '../rollforward/messages';
import type { ComparePdfModel } from './comparePdf';
import { compareSectionOrder, compareSectionRows } from './compareText';
import type { compareMessages } from './messages';

interface Texts {
  f: Formatters;
  c: (typeof compareMessages)['zh-CN'];
  m: AppMessages;
  r: (typeof rollForwardMessages)['zh-CN'];
  locale: Locale;
}

/** The comparison in the planner's language for the PDF: the screen's rows, sections and lessons. */
export function buildComparePdfModel(comparison: Comparison, texts: Texts, now: Date): ComparePdfModel {
  const { f, c, r } = texts;
  const { plans } = comparison;
  const title = c.workbookTitle(plans.map((p) => p.name).join(' / '));
  const headers = [c.figure, ...plans.map((p, i) => (i === 0 ? `${p.name} (${c.reference})` : p.name))];
  return {
    title,
    subtitle: [
      ...plans.map((p) => c.planPeak(p.name, f.date(p.peakDate, 'long'))),
      c.deltaNote,
      `${c.exportedAt}: ${f.date(now.toISOString().slice(0, 10), 'long')} ${now.toTimeString().slice(0, 5)}`,
    ],
    sections: compareSectionOrder.flatMap((section) => {
      const rows = compareSectionRows(comparison, section, texts);
      if (rows.length === 0) return [];
      return [
        {
          heading: c.sections[section],
          table: { headers, rows, numeric: plans.map((_, i) => i + 1) },
        },
      ];
    }),
    chartsHeading: c.chartsTitle,
    lessonsHeading: c.lessonsTitle,
    lessons: plans.map((p, i) => ({
      heading: p.name,
      items: (comparison.lessons[i] ?? []).map((l) => `[${r.lessonKind[l.kind]}] ${l.text}`),
    })),
    noLessons: c.noLessons,
    footer: title,
  };
}
