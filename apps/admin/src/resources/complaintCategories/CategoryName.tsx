import { useLocaleState, useRecordContext } from 'react-admin';

/** 质量 / Quality: a category in the console's language. */
export function categoryName(category: { nameZh?: string; nameEn?: string } | undefined, locale: string): string {
  if (!category) return '';
  return (locale.startsWith('zh') ? category.nameZh : category.nameEn) || category.nameZh || category.nameEn || '';
}

export const CategoryName = () => {
  const record = useRecordContext<{ id: string; nameZh?: string; nameEn?: string }>();
  const [locale] = useLocaleState();
  return <>{categoryName(record, locale)}</>;
};
