import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoneyInput } from '../../../shared/budget/money';
import { parseMoneyMinor } from '../../../shared/xlsx/read/numbers';

/**
 * Issue 12 "one way for money": whatever a planner can write in a budget sheet's amount cell, they
 * can type into a money field, and it means the same number of fen. Amounts are generated the way
 * planners write them: grouped or not, with 万/千/亿/w units, currency signs, 元/元整, accountants'
 * brackets, a minus, a remark in brackets after the amount, full-width digits.
 */
const digitsArb = fc.integer({ min: 0, max: 99_999_999 });
const decimalsArb = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 0, max: 9 }).map(String),
  fc.integer({ min: 10, max: 99 }).map(String),
);

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const amountText = fc
  .record({
    whole: digitsArb,
    grouped: fc.boolean(),
    decimals: decimalsArb,
    unit: fc.constantFrom('', '万', '万元', '千', '千元', 'w', 'k'),
    prefix: fc.constantFrom('', '¥', '￥', 'RMB', 'CNY'),
    suffix: fc.constantFrom('', '元', '元整'),
    sign: fc.constantFrom('', '-', 'paren', 'outerParen'),
    remark: fc.constantFrom('', '(预估)', '（含税）'),
    fullWidth: fc.boolean(),
    spaces: fc.boolean(),
  })
  .map((r) => {
    let n = (r.grouped ? group(r.whole) : String(r.whole)) + (r.decimals ? `.${r.decimals}` : '');
    const unitOrSuffix = r.unit !== '' ? r.unit : r.suffix;
    let text: string;
    if (r.sign === 'paren') text = `(${r.prefix}${n}${unitOrSuffix})`;
    else if (r.sign === 'outerParen') text = `${r.prefix}(${n}${unitOrSuffix})`;
    else text = `${r.sign}${r.prefix}${n}${unitOrSuffix}`;
    if (r.remark && r.sign !== 'paren' && r.sign !== 'outerParen') text += r.remark;
    if (r.spaces) text = ` ${text} `;
    if (r.fullWidth) n = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    else n = text;
    return n;
  });

describe('a money field reads every amount the importer reads, to the same fen', () => {
  it('agrees with the budget importer on generated amounts', () => {
    fc.assert(
      fc.property(amountText, (text) => {
        const imported = parseMoneyMinor(text, 1, 100);
        if (imported === null || !imported.ok) return; // only what the importer accepts
        const typed = parseMoneyInput(text, 'CNY');
        if (!typed.ok && typed.code === 'tooPrecise') return; // the importer rounds; a field asks
        expect(typed, text).toEqual({ ok: true, minor: imported.value });
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses the commas the importer refuses: a comma is only a thousands separator', () => {
    const commaText = fc
      .array(fc.constantFrom('0', '1', '5', '9', ','), { minLength: 1, maxLength: 10 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(commaText, (text) => {
        const imported = parseMoneyMinor(text, 1, 100);
        if (imported === null || imported.ok) return;
        expect(parseMoneyInput(text, 'CNY').ok, text).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the forms planners write that the field did not read before', () => {
    expect(parseMoneyInput('5000(预估)', 'CNY')).toEqual({ ok: true, minor: 500_000 });
    expect(parseMoneyInput('1,200（含税）', 'CNY')).toEqual({ ok: true, minor: 120_000 });
    expect(parseMoneyInput('12000元整', 'CNY')).toEqual({ ok: true, minor: 1_200_000 });
    expect(parseMoneyInput('¥(300)', 'CNY')).toEqual({ ok: true, minor: -30_000 });
    expect(parseMoneyInput('1.5w', 'CNY')).toEqual({ ok: true, minor: 1_500_000 });
  });
});
