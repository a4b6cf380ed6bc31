import { Box, Group, List, Select, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import {
  defaultReviewHourDay,
  markWhat,
  reviewHourDays,
  reviewHours,
  severityColors,
  type HourMark,
} from '../../../../shared/charts/reviewHours';
import type { PlanDocument } from '../../../../shared/domain';
import { useFormat, useMessages } from '../../i18n';
import { hourMarksPlugin } from './hourMarksPlugin';
import { hoursMessages } from './hoursMessages';
import { markStatus } from './report/incidentsReport';
import { ReviewChart, type ChartRegistry } from './ReviewChart';

const NO_DATA = { labels: [], datasets: [] };

/**
 * 分时复盘: one campaign day's hourly GMV against the war room's hour targets, with the day's
 * incidents and acknowledged alerts as a strip over the bars and, in words, listed under them.
 */
export function HoursCard({ doc, registry }: { doc: PlanDocument; registry?: ChartRegistry }) {
  const m = useMessages(hoursMessages);
  const f = useFormat();
  const currency = doc.plan.currency;
  const days = useMemo(() => reviewHourDays(doc), [doc]);
  const [picked, setPicked] = useState<string | null>(null);
  const date = picked !== null && days.includes(picked) ? picked : defaultReviewHourDay(doc, days);
  const hours = useMemo(
    () => (date === null ? null : reviewHours(doc, date, { actual: m.actual, target: m.target })),
    [doc, date, m],
  );
  const plugins = useMemo(() => (hours ? [hourMarksPlugin(hours.marks)] : []), [hours]);

  // time · severity · what · status, as the report's incidents table says them (docs/warroom.md).
  const markText = (mark: HourMark): string =>
    [
      mark.time,
      m.severities[mark.severity] ?? mark.severity,
      ...(mark.kind === 'alert' ? [m.alert] : []),
      markWhat(mark, m),
      markStatus(mark, m),
    ].join(' · ');

  // The printed report (the one that passes a registry) leaves out a card with nothing to replay;
  // the screen keeps it to say where the hours come from.
  if (days.length === 0 && registry) return null;

  const select =
    days.length > 0 ? (
      <Select
        size="xs"
        w={150}
        aria-label={m.dayLabel}
        value={date}
        onChange={(v) => v && setPicked(v)}
        allowDeselect={false}
        data={days.map((d) => ({ value: d, label: f.date(d, 'long') }))}
        data-testid="review-hours-day"
      />
    ) : null;

  return (
    <ReviewChart
      id="hours"
      title={m.title}
      data={hours?.chart ?? NO_DATA}
      currency={currency}
      plugins={plugins}
      noDataText={m.empty}
      registry={registry}
      height={280}
      controls={select}
    >
      {hours && (
        <>
          <Text size="sm" mt="xs" data-testid="review-hours-total">
            {hours.targetMinor === null
              ? m.dayTotalNoTarget(f.money(hours.actualMinor, currency))
              : m.dayTotal(f.money(hours.actualMinor, currency), f.money(hours.targetMinor, currency))}
          </Text>
          {hours.marks.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="review-hours-no-events">
              {m.noEvents}
            </Text>
          ) : (
            <List size="sm" listStyleType="none" spacing={2} mt={4} aria-label={m.eventsLabel}>
              {hours.marks.map((mark, i) => (
                <List.Item key={`${mark.kind}-${mark.time}-${i}`} data-testid="review-hours-event">
                  <Group gap={6} wrap="nowrap">
                    <Box
                      aria-hidden
                      w={10}
                      h={10}
                      style={{
                        flex: 'none',
                        background: severityColors[mark.severity],
                        transform: mark.kind === 'alert' ? 'rotate(45deg)' : undefined,
                      }}
                    />
                    <Text size="sm">{markText(mark)}</Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </ReviewChart>
  );
}
