import { Box, CloseButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { hasFired } from '../../../../shared/warroom/alerts';
import { useLanguage, useMessages } from '../../i18n';
import { useMoney } from '../budget/useMoney';
import { asOfText, headlineFigures, type PaceView } from './headlineFigures';
import { WallHourlyBars } from './WallHourlyBars';
import { warroomMessages } from './messages';

// Readable from 5 m: headline figures never under 48 px (64 px at 1280 wide, 96 px at 1920).
const headline = 'clamp(48px, 5vw, 96px)';
// Body text follows the smaller of width and height, so 1280×720 keeps every block on screen.
const body = 'clamp(18px, min(1.8vw, 3vh), 34px)';
const dim = '#c1c2c5';

function Headline({
  label,
  value,
  sub,
  color,
}: {
  label: string;
  value: string;
  sub?: string;
  color?: string;
}) {
  return (
    <Stack gap={0}>
      <Text c={dim} fz={body}>
        {label}
      </Text>
      <Text fz={headline} fw={800} lh={1.05} c={color ?? '#ffffff'} data-testid="wall-headline">
        {value}
      </Text>
      {sub && (
        <Text c={dim} fz={body}>
          {sub}
        </Text>
      )}
    </Stack>
  );
}

/**
 * The war room's wall display (docs/warroom.md): full screen, white on near-black, the day's
 * headline figures, hourly bars, top SKUs with stock cover and the open alerts. It renders the
 * same pacing as the screen, so it updates whenever data arrives. Escape leaves it.
 */
export function WallDisplay({ pacing, alerts, onClose }: PaceView & { onClose(): void }) {
  const m = useMessages(warroomMessages);
  const f = useMoney();
  const lang = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  const g = pacing.gmv;
  const figures = headlineFigures(g, m, f);
  const dash = '—';

  useEffect(() => {
    const el = ref.current;
    el?.focus();
    // Full screen where the platform allows it (Electron, a browser after the click); the overlay
    // covers the window either way.
    if (el && typeof el.requestFullscreen === 'function' && !document.fullscreenElement) {
      el.requestFullscreen().catch(() => undefined);
    }
    let wasFull = false;
    const onChange = () => {
      if (document.fullscreenElement) wasFull = true;
      else if (wasFull) onClose();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onClose]);

  // The room sees the critical ones first when not all fit.
  const open = alerts
    .filter((a) => !a.acknowledged)
    .sort((a, b) => Number(b.severity === 'critical') - Number(a.severity === 'critical'));
  const topSkus = [...pacing.skus].sort((a, b) => b.unitsSold - a.unitsSold).slice(0, 3);
  const paceColor =
    g.pace === null ? undefined : g.pace >= 1 ? '#69db7c' : g.pace >= 0.9 ? '#ffd43b' : '#ff8787';

  return (
    <Box
      ref={ref}
      tabIndex={-1}
      role="dialog"
      aria-modal="true"
      aria-label={m.wall}
      data-testid="wall-display"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
      pos="fixed"
      inset={0}
      p="xl"
      style={{ zIndex: 400, background: '#0b0d12', color: '#ffffff', overflow: 'auto', outline: 'none' }}
    >
      <Group justify="space-between" align="flex-start" mb="md">
        <Text fz={body} c={dim} data-testid="wall-at">
          {asOfText(pacing, m)}
        </Text>
        <CloseButton
          size="xl"
          variant="subtle"
          c="#ffffff"
          aria-label={m.wallClose}
          title={m.wallClose}
          onClick={onClose}
        />
      </Group>
      <SimpleGrid cols={3} spacing="xl" mb="xl">
        <Headline label={m.actual} {...figures.actual} />
        <Headline label={m.wallPace} {...figures.pace} color={paceColor} />
        <Headline label={m.wallProjected} {...figures.projectedCurve} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <WallHourlyBars pacing={pacing} />
        <Stack gap="lg">
          <Stack gap={4}>
            <Text fz={body} fw={700}>
              {m.wallAlerts}
            </Text>
            {open.length === 0 ? (
              <Text fz={body} c={dim}>
                {m.wallNoAlerts}
              </Text>
            ) : (
              open.slice(0, 3).map((a) => (
                <Text
                  key={`${a.code}|${a.subject}`}
                  fz={body}
                  c={a.severity === 'critical' ? '#ff8787' : '#ffd43b'}
                  data-testid="wall-alert"
                  lineClamp={2}
                >
                  {a.message[lang]}
                </Text>
              ))
            )}
            {open.length > 3 && (
              <Text fz={body} c={dim}>
                {m.wallMoreAlerts(open.length - 3)}
              </Text>
            )}
          </Stack>
          {topSkus.length > 0 && (
            <Stack gap={4}>
              <Text fz={body} fw={700}>
                {m.wallTopSkus}
              </Text>
              {topSkus.map((s) => (
                <Group key={s.sku} justify="space-between" wrap="nowrap">
                  <Text fz={body} truncate>
                    {s.name || s.sku}
                  </Text>
                  <Text
                    fz={body}
                    c={
                      s.hoursOfCover !== null && hasFired(alerts, 'stockCover', s.sku) ? '#ff8787' : '#ffffff'
                    }
                  >
                    {f.number(s.unitsSold, 0)} ·{' '}
                    {s.hoursOfCover === null ? dash : m.hoursShort(f.number(s.hoursOfCover, 1))}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Stack>
      </SimpleGrid>
    </Box>
  );
}
