import { newRecord, type Product, type ProductRole } from '../../domain';
import { makeProblem } from '../problems';
import { productFields } from './fields';
import { numberOf, recordSheetReader } from './recordSheet';
import { textOf, type Footnote } from './rows';

export interface ProductsImport {
  products: Product[];
  rejectedRows: number[];
  rowCount: number;
  /** Notes under the table (注：…), kept on the plan rather than read as SKUs. */
  footnotes: Footnote[];
}

/** The words planners use for a SKU's part in the campaign (引流款, 利润款, 清仓款, 形象款). */
const roleWords: [ProductRole, RegExp][] = [
  ['traffic', /^(引流|traffic|引流款|爆款|流量款)/i],
  ['profit', /^(利润|profit|主推|利润款)/i],
  ['clearance', /^(清仓|clearance|清仓款|尾货)/i],
  ['image', /^(形象|image|形象款|旗舰款)/i],
];
const ROLE_CHOICES = '引流款, 利润款, 清仓款, 形象款 / traffic, profit, clearance, image';

/** SKUs from a merchandising sheet: SKU required, prices as money, stock as whole counts. */
export const importProductsSheet = recordSheetReader<ProductsImport>(
  { fields: productFields, labelFields: ['sku', 'name'] },
  (sheet, ctx) => {
    const products: Product[] = [];

    // Prices and stock: empty is null; text that is no number, or a negative one, rejects the row.
    sheet.eachRow((row) => {
      const sku = textOf(row, 'sku');
      if (!sku)
        sheet.problems.push(makeProblem('missingTitle', sheet.fieldLabel('sku'), sheet.place(row, 'sku')));
      const stock = sheet.count(row, 'stock');
      const safetyStock = sheet.count(row, 'safetyStock');
      const expectedSales = sheet.count(row, 'expectedSales');
      const regular = sheet.money(row, 'regularPrice');
      const promo = sheet.money(row, 'promoPrice');
      const cost = sheet.money(row, 'costPrice');
      const roleText = textOf(row, 'role');
      let role: ProductRole = 'profit';
      if (roleText) {
        const hit = roleWords.find(([, re]) => re.test(roleText));
        if (hit) role = hit[0];
        else
          sheet.problems.push(
            makeProblem(
              'unknownChoice',
              { value: roleText, choices: ROLE_CHOICES, ...sheet.fieldLabel('role') },
              sheet.place(row, 'role'),
            ),
          );
      }
      return () =>
        products.push(
          newRecord('products', ctx.planId, {
            sku,
            name: textOf(row, 'name'),
            category: textOf(row, 'category'),
            stock: numberOf(stock) ?? 0,
            safetyStock: numberOf(safetyStock) ?? 0,
            regularPriceMinor: numberOf(regular) ?? 0,
            promoPriceMinor: numberOf(promo),
            costPriceMinor: numberOf(cost),
            role,
            expectedSales: numberOf(expectedSales),
            notes: textOf(row, 'notes'),
            order: products.length,
          }),
        );
    });
    return { products, footnotes: sheet.footnotes };
  },
);
