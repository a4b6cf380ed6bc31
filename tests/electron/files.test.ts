import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronMock, state } from './electronMock';
import { openFileWithDialog, readLimitedFile, saveFileWithDialog } from '../../electron/files';
import { setCurrentLocale } from '../../electron/locale';

vi.mock('electron', async () => (await import('./electronMock')).electronMock);

const { dialog } = electronMock;
const filters = [{ name: 'Excel', extensions: ['xlsx'] }];
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cd-files-'));
  dialog.showSaveDialog.mockReset();
  dialog.showOpenDialog.mockReset();
  setCurrentLocale('en-US');
});

describe('saving through the dialog', () => {
  it('writes the bytes where the planner chose', async () => {
    const target = join(dir, '双11-预算.xlsx');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await saveFileWithDialog(null, {
      suggestedName: '双11-预算.xlsx',
      data: new Uint8Array([80, 75, 3, 4]),
      filters,
    });
    expect(result).toEqual({ saved: true, path: target });
    expect([...readFileSync(target)]).toEqual([80, 75, 3, 4]);
    const options = dialog.showSaveDialog.mock.calls[0]![0] as { defaultPath: string; filters: unknown };
    expect(options.defaultPath).toBe(join(state.documents, '双11-预算.xlsx'));
    expect(options.filters).toEqual(filters);
  });

  it('writes nothing when the planner cancels', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(
      saveFileWithDialog(null, { suggestedName: 'a.xlsx', data: new Uint8Array(1), filters }),
    ).resolves.toEqual({
      saved: false,
    });
  });

  it('never lets the suggested name pick a folder', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await saveFileWithDialog(null, { suggestedName: '../../.bashrc', data: new Uint8Array(1), filters });
    const options = dialog.showSaveDialog.mock.calls[0]![0] as { defaultPath: string };
    expect(options.defaultPath).toBe(join(state.documents, '.bashrc'));
  });
});

describe('opening through the dialog', () => {
  it('returns the file name and bytes', async () => {
    const path = join(dir, 'plan.xlsx');
    writeFileSync(path, Buffer.from([1, 2, 3]));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    const result = await openFileWithDialog(null, { filters, maxBytes: 3 });
    expect(result).not.toBeNull();
    expect(result!.name).toBe('plan.xlsx');
    expect([...result!.data]).toEqual([1, 2, 3]);
  });

  it('returns null when the planner cancels', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(openFileWithDialog(null, { filters, maxBytes: 10 })).resolves.toBeNull();
  });

  it('refuses a file over the limit with a message naming it', async () => {
    const path = join(dir, 'huge.xlsx');
    writeFileSync(path, Buffer.alloc(11));
    await expect(readLimitedFile(path, 10)).rejects.toThrow(
      'File "huge.xlsx" is 11 bytes, more than the limit of 10 bytes.',
    );
    setCurrentLocale('zh-CN');
    await expect(readLimitedFile(path, 10)).rejects.toThrow('文件“huge.xlsx”有 11 字节，超过上限 10 字节。');
  });
});
