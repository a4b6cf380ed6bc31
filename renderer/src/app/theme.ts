import {
  createTheme,
  darken,
  DEFAULT_THEME,
  luminance,
  Modal,
  Notification,
  toRgba,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/**
 * Text must reach WCAG AA (4.5:1) against its background. Mantine's default palette does not for
 * several colours (white on red-6 is 3.3:1, green-9 on green-1 3.8:1, the grey "dimmed" 3.3:1), so
 * the text-bearing shades are deepened here, once, for every screen. 4.6 leaves room for rounding.
 */
const AA = 4.6;

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function toHex(color: string): string {
  const { r, g, b } = toRgba(color);
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour, darkened just enough to read on `background`. */
export function deepenFor(color: string, background: string): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = step === 0 ? color : toHex(darken(color, step * 0.04));
    if (contrast(candidate, background) >= AA) return candidate;
  }
  return '#000000';
}

/** Shades 7–9 carry text (`c="orange.8"`, light badges use 9 on 1): they are made readable. */
function readablePalette(shades: MantineColorsTuple): MantineColorsTuple {
  const s = [...shades];
  const light = s[1] ?? '#ffffff';
  s[7] = deepenFor(s[7] ?? '#000000', '#ffffff');
  s[8] = deepenFor(s[8] ?? '#000000', '#ffffff');
  s[9] = deepenFor(s[9] ?? '#000000', light);
  return s as unknown as MantineColorsTuple;
}

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark')
    .map(([name, shades]) => [name, readablePalette(shades)]),
);

/**
 * Filled buttons and badges carry white text on shade 6, outline and plain coloured text
 * (`c="teal"`) use it on white: each colour gets a shade 6 deep enough for that, in light mode.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' };
  for (const [name, shades] of Object.entries(colors)) {
    const base = shades[6] ?? '#000000';
    const filled = deepenFor(base, '#ffffff');
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = toHex(darken(filled, 0.1));
    light[`--mantine-color-${name}-outline`] = filled;
    light[`--mantine-color-${name}-text`] = deepenFor(base, '#f1f3f5');
  }
  return { variables: {}, light, dark: {} };
};

/** Names for Mantine's built-in icon buttons, which have none of their own. */
export interface ThemeLabels {
  close: string;
  clearDate: string;
  pickColor: string;
}

/** The theme's primary colour (also named by rows drawn without Mantine's components: plans/planRowLook.ts). */
export const primaryColor = 'red';

export function buildTheme(labels: ThemeLabels) {
  return createTheme({
    primaryColor,
    colors,
    fontFamily: "'Noto Sans SC', system-ui, -apple-system, 'Segoe UI', sans-serif",
    headings: { fontFamily: "'Noto Sans SC', system-ui, sans-serif", fontWeight: '700' },
    defaultRadius: 'sm',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': labels.close } } }),
      // A toast's close button is named too (axe button-name), whichever screen shows the toast.
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': labels.close } },
      }),
      // Mantine draws a modal's title bar as <header>, which assistive technology (and axe) read as
      // a second page banner beside the app's own header; a plain box keeps the look, one banner.
      ModalHeader: { defaultProps: { component: 'div' } },
      // Plain entries rather than DateInput.extend() / ColorInput.extend(): importing those
      // components here would put them (and all of @mantine/dates) in the start-up bundle; they
      // load with the screens that use them.
      DateInput: { defaultProps: { clearButtonProps: { 'aria-label': labels.clearDate } } },
      ColorInput: { defaultProps: { eyeDropperButtonProps: { 'aria-label': labels.pickColor } } },
    },
  });
}
