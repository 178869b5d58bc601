/**
 * Quarters as people in each language write them: 'Q1'…'Q4' in English, '一季度'…'四季度' in Chinese
 * (where 'Q1' reads as an English leftover). With the year: 'Q1 2026', '2026年一季度'.
 */
const ZH = ['一', '二', '三', '四'] as const;

export function quarterName(n: number, lang: string, year?: number): string {
  if (lang.toLowerCase().startsWith('zh')) return `${year === undefined ? '' : `${year}年`}${ZH[n - 1]}季度`;
  return year === undefined ? `Q${n}` : `Q${n} ${year}`;
}
