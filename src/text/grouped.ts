/**
 * Numbers with thousands separators (30,000). The Intl formatters are made on first use: creating the first one
 * loads ICU's locale data, a cost a clean run never needs to pay (start-up, issue 13).
 */
let en: Intl.NumberFormat | undefined;
let zh: Intl.NumberFormat | undefined;

/** 30000 → "30,000" (en-US grouping) */
export function groupedEn(n: number): string {
  en ??= new Intl.NumberFormat('en-US');
  return en.format(n);
}

/** 30000 → "30,000" (zh-CN grouping) */
export function groupedZh(n: number): string {
  zh ??= new Intl.NumberFormat('zh-CN');
  return zh.format(n);
}
