import { describe, expect, it } from 'vitest';
import { isLocale, languageOf, plural, textIn, listIn } from '../../../shared/i18n/locale';

describe('the one locale helper', () => {
  it('maps each locale to its language and picks a text in it', () => {
    expect(languageOf('zh-CN')).toBe('zh');
    expect(languageOf('en-US')).toBe('en');
    expect(textIn({ zh: '高峰日', en: 'Peak day' }, 'zh-CN')).toBe('高峰日');
    expect(textIn({ zh: '高峰日', en: 'Peak day' }, 'en-US')).toBe('Peak day');
  });

  it('knows only the two shipped locales', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('en-US')).toBe(true);
    expect(isLocale('zh-TW')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });

  it('chooses plural forms by the locale’s rules', () => {
    const days = (n: number) => plural('en-US', n, { one: `${n} day`, other: `${n} days` });
    expect(days(1)).toBe('1 day');
    expect(days(-1)).toBe('-1 day');
    expect(days(0)).toBe('0 days');
    expect(days(2)).toBe('2 days');
    expect(days(1.5)).toBe('1.5 days');
    // Chinese has one form: `other`, even for 1.
    expect(plural('zh-CN', 1, { one: '一个', other: `1 个` })).toBe('1 个');
  });

  it('joins names with the language’s own list mark', () => {
    expect(listIn('zh-CN', ['张三', '李四', '王五'])).toBe('张三、李四、王五');
    expect(listIn('en-US', ['Ops lead', 'Design lead'])).toBe('Ops lead, Design lead');
    expect(listIn('en-US', [])).toBe('');
  });
});
