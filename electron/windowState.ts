/**
 * Remembers the main window's size and position in `userData/window-state.json` and puts it back
 * somewhere visible: a window saved on a monitor that is gone (or with a resolution that shrank)
 * is moved and shrunk onto a display instead of opening off-screen.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  isMaximized: boolean;
}

export const defaultWindowSize = { width: 1280, height: 800 };
export const minWindowSize = { width: 960, height: 640 };
/** A saved window must overlap a display by at least this much to be left where it was. */
const minVisible = { width: 120, height: 80 };

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  isMaximized: z.boolean(),
});

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centeredIn(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: area.x + Math.floor((area.width - w) / 2),
    y: area.y + Math.floor((area.height - h) / 2),
    width: w,
    height: h,
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/**
 * Where to open the window, given the saved state (or null) and the work areas of the current
 * displays. Picks the display the saved window overlaps most; if it overlaps none visibly, opens
 * centred on the primary display. The result always lies entirely inside one work area.
 */
export function placeWindow(saved: WindowState | null, workAreas: Rect[], primary: Rect): WindowState {
  if (saved === null) {
    return { ...centeredIn(primary, defaultWindowSize.width, defaultWindowSize.height), isMaximized: false };
  }
  let best: { area: Rect; size: number } | null = null;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    if (o.width < minVisible.width || o.height < minVisible.height) continue;
    const size = o.width * o.height;
    if (best === null || size > best.size) best = { area, size };
  }
  if (best === null) {
    return { ...centeredIn(primary, saved.width, saved.height), isMaximized: saved.isMaximized };
  }
  const { area } = best;
  const width = Math.min(saved.width, area.width);
  const height = Math.min(saved.height, area.height);
  return {
    x: clamp(saved.x, area.x, area.x + area.width - width),
    y: clamp(saved.y, area.y, area.y + area.height - height),
    width,
    height,
    isMaximized: saved.isMaximized,
  };
}

export const windowStateFileName = 'window-state.json';

/** The saved state, or null when there is none or it is unreadable (never fatal). */
export function loadWindowState(userDataDir: string): WindowState | null {
  try {
    const text = readFileSync(join(userDataDir, windowStateFileName), 'utf8');
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Synchronous on purpose: it runs in the window's `close` handler, and the app may quit right
 * after. Written to a temporary file first so a crash mid-write cannot leave half a JSON behind.
 */
export function saveWindowState(userDataDir: string, state: WindowState): void {
  const target = join(userDataDir, windowStateFileName);
  const temp = `${target}.tmp`;
  writeFileSync(temp, JSON.stringify(state), 'utf8');
  renameSync(temp, target);
}
