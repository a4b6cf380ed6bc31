import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No user-visible literal in a component (docs/architecture.md §9): JSX text and the
 * `aria-label`, `title`, `placeholder` and `alt` attributes take a message in both languages, not
 * a string written in the component, and so does a text picked by locale
 * (`locale === 'zh-CN' ? '金额不能为负' : 'The amount …'`). Text without a letter (a symbol such as
 * ×, –, ◆, a number) is not a word to translate, and an input's format pattern (YYYY-MM-DD, HH:mm)
 * is what the planner types whatever the language: both pass.
 */
const root = join(import.meta.dirname, '../../..');
const visibleAttributes = new Set(['aria-label', 'title', 'placeholder', 'alt']);
/** A letter of any script: Latin, CJK and the rest. */
const letter = /\p{L}/u;
const formatPatterns = new Set(['YYYY-MM-DD', 'HH:mm']);
const hasWord = { test: (text: string) => letter.test(text) && !formatPatterns.has(text) };

/** A string or template literal's text, without its substitutions. */
function stringOf(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((s) => s.literal.text).join('');
  if (ts.isParenthesizedExpression(node)) return stringOf(node.expression);
  return null;
}

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return componentFiles(path);
    return e.name.endsWith('.tsx') ? [path] : [];
  });
}

/** The literal text of an attribute's value, when it is one (`"x"`, `{'x'}`, {`x`}). */
function literalOf(init: ts.JsxAttributeValue | undefined): string | null {
  if (!init) return null;
  if (ts.isStringLiteral(init)) return init.text;
  if (ts.isJsxExpression(init) && init.expression) {
    const e = init.expression;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  }
  return null;
}

export function literalsIn(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const text = node.text.trim();
      if (text && hasWord.test(text)) found.push(`${at(node)} text "${text}"`);
    } else if (ts.isJsxAttribute(node) && visibleAttributes.has(node.name.getText(file))) {
      const text = literalOf(node.initializer);
      if (text !== null && hasWord.test(text)) found.push(`${at(node)} ${node.name.getText(file)}="${text}"`);
    } else if (ts.isConditionalExpression(node) && /'zh-CN'|"zh-CN"/.test(node.condition.getText(file))) {
      for (const branch of [node.whenTrue, node.whenFalse]) {
        const text = stringOf(branch);
        if (text !== null && hasWord.test(text)) found.push(`${at(branch)} by locale "${text}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('user-visible literals in components', () => {
  it('finds none in renderer/src', () => {
    const found = componentFiles(join(root, 'renderer/src')).flatMap((path) =>
      literalsIn(relative(root, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('catches JSX text and the visible attributes, and lets symbols and messages through', () => {
    const probe = [
      'export const A = () => (',
      '  <div title="Zoom in" aria-label={"放大"} placeholder={`Search`} alt="logo">',
      '    Hello <b>你好</b> × – {m.ok} <i aria-label={m.zoomIn}>◆</i> 42',
      '    <input placeholder="YYYY-MM-DD" />',
      "    {locale === 'zh-CN' ? '金额不能为负' : `Amount ${n} is negative`}",
      "    {locale === 'zh-CN' ? m.zh : m.en}",
      '  </div>',
      ');',
    ].join('\n');
    expect(literalsIn('probe.tsx', probe)).toEqual([
      'probe.tsx:2 title="Zoom in"',
      'probe.tsx:2 aria-label="放大"',
      'probe.tsx:2 placeholder="Search"',
      'probe.tsx:2 alt="logo"',
      'probe.tsx:3 text "Hello"',
      'probe.tsx:3 text "你好"',
      'probe.tsx:5 by locale "金额不能为负"',
      'probe.tsx:5 by locale "Amount  is negative"',
    ]);
  });
});
