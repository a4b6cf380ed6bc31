import { newId, type Product, type ProductId, type ProductRole } from '../../domain';
import { minorPerMajor } from '../../budget/money';
import { makeProblem, type ImportProblem } from '../problems';
import type { CellValue, SheetGrid } from './grid';
import { productFields } from './fields';
import { parseCount, parseMoneyMinor, type Parsed } from './numbers';
import { openSheet, textOf, type Footnote, type MappedRow, type SheetMapping } from './rows';
import type { RowsContext } from './schedule';

export interface ProductsImport {
  products: Product[];
  rejectedRows: number[];
  rowCount: number;
  /** Notes under the table (注：…), kept on the plan rather than read as SKUs. */
  footnotes: Footnote[];
}

const fieldLabel = (key: string): { fieldZh: string; fieldEn: string } => {
  const def = productFields.find((d) => d.key === key);
  return { fieldZh: def?.label.zh ?? key, fieldEn: def?.label.en ?? key };
};

/** The words planners use for a SKU's part in the campaign (引流款, 利润款, 清仓款, 形象款). */
const roleWords: [ProductRole, RegExp][] = [
  ['traffic', /^(引流|traffic|引流款|爆款|流量款)/i],
  ['profit', /^(利润|profit|主推|利润款)/i],
  ['clearance', /^(清仓|clearance|清仓款|尾货)/i],
  ['image', /^(形象|image|形象款|旗舰款)/i],
];
const ROLE_CHOICES = '引流款, 利润款, 清仓款, 形象款 / traffic, profit, clearance, image';

/** SKUs from a merchandising sheet: SKU required, prices as money, stock as whole counts. */
export function importProductsSheet(
  grid: SheetGrid,
  mapping: SheetMapping,
  ctx: RowsContext,
): { value: ProductsImport; problems: ImportProblem[] } {
  const reader = openSheet(grid, mapping, ['sku', 'name']);
  const problems = reader.problems;
  const perMajor = minorPerMajor(ctx.currency);
  const products: Product[] = [];
  const rejectedRows: number[] = [];

  // A money or count cell: empty is null; text that is no number, or a negative one, is a
  // problem at its cell ('bad', the row is rejected).
  const nonNegative =
    (parse: (value: CellValue, columnFactor: number) => Parsed<number>) =>
    (row: MappedRow, field: string): number | null | 'bad' => {
      const parsed = parse(row.cells[field] ?? null, reader.unitFactor(field));
      if (parsed === null) return null;
      if (!parsed.ok || parsed.value < 0) {
        const code = parsed.ok ? 'negativeNotAllowed' : 'notANumber';
        problems.push(
          makeProblem(code, { value: textOf(row, field), ...fieldLabel(field) }, reader.place(row, field)),
        );
        return 'bad';
      }
      return parsed.value;
    };
  const money = nonNegative((value, factor) => parseMoneyMinor(value, factor, perMajor));
  const count = nonNegative(parseCount);

  for (const row of reader.rows) {
    const before = problems.length;
    const sku = textOf(row, 'sku');
    if (!sku) problems.push(makeProblem('missingTitle', fieldLabel('sku'), reader.place(row, 'sku')));
    const stock = count(row, 'stock');
    const safetyStock = count(row, 'safetyStock');
    const expectedSales = count(row, 'expectedSales');
    const regular = money(row, 'regularPrice');
    const promo = money(row, 'promoPrice');
    const cost = money(row, 'costPrice');
    const roleText = textOf(row, 'role');
    let role: ProductRole = 'profit';
    if (roleText) {
      const hit = roleWords.find(([, re]) => re.test(roleText));
      if (hit) role = hit[0];
      else
        problems.push(
          makeProblem(
            'unknownChoice',
            { value: roleText, choices: ROLE_CHOICES, ...fieldLabel('role') },
            reader.place(row, 'role'),
          ),
        );
    }
    if (problems.slice(before).some((p) => p.severity === 'error')) {
      rejectedRows.push(row.excelRow);
      continue;
    }
    const num = (v: number | null | 'bad'): number | null => (typeof v === 'number' ? v : null);
    products.push({
      id: newId<ProductId>(),
      planId: ctx.planId,
      sku,
      name: textOf(row, 'name'),
      category: textOf(row, 'category'),
      stock: num(stock) ?? 0,
      safetyStock: num(safetyStock) ?? 0,
      regularPriceMinor: num(regular) ?? 0,
      promoPriceMinor: num(promo),
      costPriceMinor: num(cost),
      role,
      expectedSales: num(expectedSales),
      notes: textOf(row, 'notes'),
      order: products.length,
    });
  }
  return {
    value: { products, rejectedRows, rowCount: reader.rows.length, footnotes: reader.footnotes },
    problems,
  };
}
