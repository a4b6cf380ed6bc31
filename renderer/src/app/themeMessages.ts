import { defineMessages } from '../i18n';

/** Accessible names for Mantine's own icon buttons (see buildTheme). */
export const themeMessages = defineMessages(
  { close: '关闭', clearDate: '清除日期', pickColor: '从屏幕取色' },
  { close: 'Close', clearDate: 'Clear date', pickColor: 'Pick a colour from the screen' },
);
