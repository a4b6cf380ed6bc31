import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

describe('SheetJS version', () => {
  it('is 0.20.2 or newer (0.18.5 and older carry CVE-2023-30533 and CVE-2024-22363)', () => {
    const [major = 0, minor = 0, patch = 0] = XLSX.version.split('.').map(Number);
    const comparable = major * 1_000_000 + minor * 1_000 + patch;
    expect(comparable).toBeGreaterThanOrEqual(20 * 1_000 + 2);
  });
});
