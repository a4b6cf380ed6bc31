import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'red',
  fontFamily: "'Noto Sans SC', system-ui, -apple-system, 'Segoe UI', sans-serif",
  headings: { fontFamily: "'Noto Sans SC', system-ui, sans-serif", fontWeight: '700' },
  defaultRadius: 'sm',
});
