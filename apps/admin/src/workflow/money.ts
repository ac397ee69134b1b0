/**
 * ¥12,800.00 from the API's exact decimal string ("12800.00"), without going through a float:
 * amounts keep every digit the database stores.
 */
export function formatMoney(value: string | null | undefined): string {
  if (value == null || value === '') return '';
  const negative = value.startsWith('-');
  const [integer, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const grouped = integer.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}.${fraction.padEnd(2, '0').slice(0, Math.max(2, fraction.length))}`;
}
