const MASK = '****';

/** 13812345678 → 138****5678; keeps the shape of short or landline numbers too. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return phone ?? null;
  const chars = Array.from(phone);
  // Mainland mobiles keep the carrier prefix and last four (138****5678); other numbers keep at most 2 + 2.
  const keep = Math.min(2, Math.floor(chars.length / 4));
  const [keepStart, keepEnd] = /^1\d{10}$/.test(phone) ? [3, 4] : [keep, keep];
  return chars.slice(0, keepStart).join('') + MASK + chars.slice(chars.length - keepEnd).join('');
}

/** zhangsan@example.com → z****@example.com */
export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return email ?? null;
  const at = email.lastIndexOf('@');
  if (at <= 0) return MASK;
  return `${Array.from(email)[0]}${MASK}${email.slice(at)}`;
}

/** 上海市浦东新区世纪大道100号 → 上海市浦东新****: the district stays, the street and number go. */
export function maskAddress(address: string | null | undefined): string | null {
  if (!address) return address ?? null;
  const chars = Array.from(address);
  return chars.slice(0, Math.min(6, Math.floor(chars.length / 2))).join('') + MASK;
}

const MASKERS: Record<string, (value: string | null | undefined) => string | null> = {
  phone: maskPhone,
  email: maskEmail,
  address: maskAddress,
};

export function maskField(field: string, value: string | null | undefined): string | null {
  const masker = MASKERS[field];
  return masker ? masker(value) : value == null ? null : MASK;
}
