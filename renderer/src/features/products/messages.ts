import { defineMessages } from '../../i18n';

export const productMessages = defineMessages(
  {
    title: '商品',
    intro:
      '选品定价表：库存、安全库存、日常价、活动价、成本价、活动角色和预期销量。预期销量超过可售库存（库存 − 安全库存）、活动价高于日常价，或叠加所有适用玩法后的到手价低于成本，会提示。',
    add: '添加商品',
    edit: '编辑商品',
    remove: '删除商品',
    empty: '还没有商品。添加参与大促的 SKU，检查库存是否够卖、叠加优惠后是否亏本。',
    sku: 'SKU',
    name: '商品名称',
    category: '品类',
    role: '活动角色',
    stock: '库存',
    safetyStock: '安全库存',
    regularPrice: '日常价',
    promoPrice: '活动价',
    costPrice: '成本价',
    lowestPrice: '最低到手价',
    lowestPriceHint: '活动价（无则日常价）叠加所有适用玩法后，单件最低能卖到的价格',
    expectedSales: '预期销量',
    alerts: '提示',
    showAll: '展开全部',
    showLess: '收起',
    ok: '正常',
    roles: { traffic: '引流款', profit: '利润款', clearance: '清仓款', image: '形象款' },
    stockAlert: (sku: string, sales: string, available: string, short: string) =>
      `${sku}：预期销量 ${sales} 件，可售 ${available} 件（库存 − 安全库存），缺 ${short} 件。`,
    belowCostAlert: (sku: string, price: string, cost: string, loss: string) =>
      `${sku}：叠加玩法后最低到手价 ${price}，低于成本 ${cost}，每件亏 ${loss}。`,
    stockShort: (n: string) => `缺货 ${n}`,
    promoAboveRegular: '活动价高于日常价',
    promoAboveRegularAlert: (sku: string, promo: string, regular: string) =>
      `${sku}：活动价 ${promo} 高于日常价 ${regular}，大促期间反而涨价。`,
    belowCost: '低于成本',
    noAlerts: '库存够卖，叠加玩法后也没有低于成本的商品。',
    newSku: '新商品',
  },
  {
    title: 'Products',
    intro:
      'The SKU sheet: stock, safety stock, regular, promo and cost price, role and expected sales. Alerts when expected sales pass what may be sold (stock − safety stock), when a promo price is above the regular price, or when the price after every applicable mechanic falls below cost.',
    add: 'Add SKU',
    edit: 'Edit SKU',
    remove: 'Delete SKU',
    empty:
      'No SKUs yet. Add the products in the campaign to check there is stock to sell and that no stack of offers sells below cost.',
    sku: 'SKU',
    name: 'Name',
    category: 'Category',
    role: 'Role',
    stock: 'Stock',
    safetyStock: 'Safety stock',
    regularPrice: 'Regular',
    promoPrice: 'Promo',
    costPrice: 'Cost',
    lowestPrice: 'Lowest price',
    lowestPriceHint:
      'The promo price (else regular) after every applicable mechanic: the least one unit can sell for',
    expectedSales: 'Expected sales',
    alerts: 'Alerts',
    showAll: 'Show all',
    showLess: 'Show less',
    ok: 'OK',
    roles: { traffic: 'Traffic driver', profit: 'Profit', clearance: 'Clearance', image: 'Image' },
    stockAlert: (sku: string, sales: string, available: string, short: string) =>
      `${sku}: ${sales} expected to sell, ${available} available (stock − safety stock), ${short} short.`,
    belowCostAlert: (sku: string, price: string, cost: string, loss: string) =>
      `${sku}: lowest price after offers ${price} is below the cost of ${cost}, a loss of ${loss} per unit.`,
    stockShort: (n: string) => `${n} short`,
    promoAboveRegular: 'Promo above regular',
    promoAboveRegularAlert: (sku: string, promo: string, regular: string) =>
      `${sku}: the promo price ${promo} is above the regular price ${regular}, a price rise for the campaign.`,
    belowCost: 'Below cost',
    noAlerts: 'Enough stock to sell, and no SKU falls below cost after the offers.',
    newSku: 'New SKU',
  },
);
