import { Alert, Box, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import {
  buildYearCalendar,
  nearestYearWithPlans,
  noYearFilters,
  platformOptions,
  tagOptions,
  yearRange,
} from '../../../../shared/calendar/yearRows';
import { todayIso } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import { useFormat, useLocale, useMessages } from '../../i18n';
import { useYearCalendar } from '../../state/yearCalendarStore';
import { yearMessages } from './messages';
import { YearChart } from './YearChart';
import { YearExportMenu } from './YearExportMenu';
import { readYearView, writeYearView, type YearView } from './yearParams';
import { YearNotice } from './YearNotice';
import { YearToolbar } from './YearToolbar';

/**
 * 年度日历 / Year calendar (issue 14): every campaign of a year, or of a chosen range, on one
 * timeline for the annual planning meeting; a row opens the plan's timeline.
 */
export function YearCalendarScreen() {
  const m = useMessages(yearMessages);
  const locale = useLocale();
  const f = useFormat();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // The plans are read from the first render on, not after the screen's first commit: IndexedDB
  // reads them while the toolbar renders.
  const { sources, error } = useYearCalendar();
  const today = todayIso();
  const paramsKey = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the view follows the address, read once per change of it
  const view = useMemo(() => readYearView(params, today), [paramsKey, today]);
  const setView = (next: YearView) => setParams(writeYearView(next), { replace: true });
  const showYear = (year: number) => setView({ ...view, year, range: yearRange(year) });

  const calendar = useMemo(
    () => (sources ? buildYearCalendar(sources, view.range, view.filters, locale) : null),
    [sources, view, locale],
  );
  // An empty year offers the nearest year that has campaigns (not blindly the one before).
  const nearest = view.year !== null && sources ? nearestYearWithPlans(sources, view.year) : null;
  const nearbyYear = nearest !== view.year ? nearest : null;
  const platforms = useMemo(() => platformOptions(sources ?? []), [sources]);
  const tags = useMemo(() => tagOptions(sources ?? []), [sources]);
  const rangeText =
    view.year !== null ? String(view.year) : m.rangeLabel(f.date(view.range.from), f.date(view.range.to));
  const filtered =
    view.filters.platforms.length + view.filters.statuses.length + view.filters.types.length > 0;

  return (
    <Box style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Stack gap={6} px="md" pt="md" pb={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Box>
            <Title order={1} size="h3">
              {m.title} · {rangeText}
            </Title>
            <Text size="sm" c="dimmed" maw={880}>
              {m.intro}
            </Text>
          </Box>
          {calendar && calendar.rows.length > 0 && (
            <YearExportMenu calendar={calendar} rangeText={rangeText} />
          )}
        </Group>
        <YearToolbar view={view} today={today} platforms={platforms} tags={tags} onChange={setView} />
        {calendar && (
          <Group gap="xs">
            {calendar.provisionalHolidayYears.length > 0 && (
              <YearNotice
                text={m.provisionalHolidays(calendar.provisionalHolidayYears.join(', '))}
                testId="year-provisional-holidays"
              />
            )}
            {calendar.platformDays.some((d) => d.provisional) && (
              <YearNotice text={m.provisionalPlatformDays} testId="year-provisional-platform" />
            )}
            {calendar.uncoveredPlatformYears.length > 0 && (
              <YearNotice
                text={m.uncoveredPlatformYears(calendar.uncoveredPlatformYears.join(', '))}
                testId="year-uncovered"
              />
            )}
          </Group>
        )}
      </Stack>
      <Box style={{ flex: 1, minHeight: 0, overflowY: 'auto', overflowX: 'hidden' }} px="md" pb="md">
        {error ? (
          <Alert color="red">{m.loadFailed(error)}</Alert>
        ) : !calendar ? (
          <Center p="xl">
            <Loader />
          </Center>
        ) : calendar.rows.length === 0 ? (
          <EmptyState
            icon={<IconCalendarEvent />}
            title={filtered ? m.emptyFiltered : m.emptyTitle(rangeText)}
            body={m.emptyBody}
            action={
              <Group gap="xs" justify="center">
                {filtered ? (
                  <Button variant="default" onClick={() => setView({ ...view, filters: noYearFilters })}>
                    {m.clearFilters}
                  </Button>
                ) : (
                  nearbyYear !== null && (
                    <Button variant="default" onClick={() => showYear(nearbyYear)} data-testid="year-nearby">
                      {m.showYear(nearbyYear)}
                    </Button>
                  )
                )}
                <Button
                  leftSection={<IconPlus size={16} />}
                  onClick={() => navigate('/?new=1')}
                  data-testid="year-new-plan"
                >
                  {m.createPlan}
                </Button>
              </Group>
            }
          />
        ) : (
          <YearChart calendar={calendar} />
        )}
      </Box>
    </Box>
  );
}
