/**
 * The national consumer-complaint taxonomy (2008 statistics, DOMAIN §5) with its share of
 * complaints, plus the categories customer-service departments add. The migration inserts them;
 * the demo data draws complaints in this mix. Safety gets a stricter limit in business hours.
 */
export const NATIONAL_COMPLAINT_CATEGORIES = [
  { code: 'QUALITY', nameZh: '质量', nameEn: 'Quality', share: 59.9, dueHours: null },
  { code: 'SALES_CONTRACT', nameZh: '营销合同', nameEn: 'Sales contract', share: 8.4, dueHours: null },
  { code: 'PRICE', nameZh: '价格', nameEn: 'Price', share: 5.9, dueHours: null },
  { code: 'MEASUREMENT', nameZh: '计量', nameEn: 'Measurement', share: 2.0, dueHours: null },
  { code: 'SAFETY', nameZh: '安全', nameEn: 'Safety', share: 1.9, dueHours: 4 },
  { code: 'ADVERTISING', nameZh: '广告', nameEn: 'Advertising', share: 1.7, dueHours: null },
  { code: 'COUNTERFEIT', nameZh: '假冒', nameEn: 'Counterfeit', share: 1.7, dueHours: null },
  { code: 'FALSE_QUALITY_CLAIM', nameZh: '虚假品质', nameEn: 'False quality claims', share: 1.4, dueHours: null },
  { code: 'PERSONAL_DIGNITY', nameZh: '人格尊严', nameEn: 'Personal dignity', share: 0.3, dueHours: 8 },
  { code: 'OTHER', nameZh: '其他', nameEn: 'Other', share: 10.8, dueHours: null },
  // The department's own: carved out of "other" (16.8 % nationally), so the mix still adds up.
  { code: 'SERVICE_ATTITUDE', nameZh: '服务态度', nameEn: 'Service attitude', share: 3.0, dueHours: null },
  { code: 'DELIVERY', nameZh: '配送', nameEn: 'Delivery', share: 2.0, dueHours: null },
  { code: 'BILLING', nameZh: '账单', nameEn: 'Billing', share: 1.0, dueHours: null },
] as const;

export type ComplaintCategoryCode = (typeof NATIONAL_COMPLAINT_CATEGORIES)[number]['code'];
