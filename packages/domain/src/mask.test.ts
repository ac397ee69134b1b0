import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskAddress, maskEmail, maskField, maskPhone } from './mask';

const MASK = '****';
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const BROKEN_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('maskPhone', () => {
  it('keeps the carrier prefix and the last four digits of a mobile', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it.each([
    ['88889999', '88****99'], // local landline, 8 digits
    ['95588', '9****8'], // short service number
    ['1234567', '1****7'],
    ['1234', '1****4'],
    ['123', '****'],
  ])('keeps at most 2 + 2 characters of the short number %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('passes empty values through', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined)).toBeNull();
    expect(maskPhone('')).toBe('');
  });

  it('counts a 4-byte character as one and never splits its surrogate pair', () => {
    const masked = maskPhone('𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷')!;
    expect(masked).toBe('𠮷𠮷****𠮷𠮷');
    expect(maskPhone('a𠮷bcd')).toBe('a****d');
  });

  it('property: never returns the input nor a broken surrogate, and hides the middle', () => {
    // '*' excluded: an already masked number (138****5678) legitimately masks to itself.
    const phoneLike = fc.string({ unit: 'binary', minLength: 5, maxLength: 40 }).filter((s) => !s.includes('*'));
    fc.assert(
      fc.property(phoneLike, (phone) => {
        const masked = maskPhone(phone)!;
        expect(masked).not.toBe(phone);
        expect(masked).toContain(MASK);
        expect(masked).not.toMatch(BROKEN_SURROGATE);
        // At least 3 characters of the original are hidden, and never more than 3 + 4 stay visible.
        const visible = Array.from(masked).length - MASK.length;
        expect(visible).toBeLessThanOrEqual(Math.min(7, Array.from(phone).length - 3));
      }),
    );
  });

  it('property: the middle characters run of the input never appears in the output', () => {
    // Distinct characters, so "appears" can only mean "was not masked".
    const distinct = fc.uniqueArray(fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz𠮷𡈼😀-+() '), {
      minLength: 5,
      maxLength: 41,
    });
    fc.assert(
      fc.property(distinct, (chars) => {
        const masked = maskPhone(chars.join(''))!;
        const middle = Math.floor(chars.length / 2);
        const middleRun = chars.slice(middle - 1, middle + 1).join('');
        expect(masked).not.toContain(chars[middle]);
        expect(masked).not.toContain(middleRun);
      }),
    );
  });
});

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    expect(maskEmail('zhangsan@example.com')).toBe('z****@example.com');
  });

  it('masks everything when there is no local part or no @', () => {
    expect(maskEmail('@example.com')).toBe(MASK);
    expect(maskEmail('not-an-email')).toBe(MASK);
  });

  it('does not split a 4-byte first character', () => {
    expect(maskEmail('𠮷野家@example.cn')).toBe('𠮷****@example.cn');
  });

  it('passes empty values through', () => {
    expect(maskEmail(null)).toBeNull();
    expect(maskEmail(undefined)).toBeNull();
    expect(maskEmail('')).toBe('');
  });
});

describe('maskAddress', () => {
  it('keeps the district and hides the street and number', () => {
    expect(maskAddress('上海市浦东新区世纪大道100号')).toBe('上海市浦东新****');
  });

  it.each(['北京', '南京路', '长沙市开福区', 'x'])('keeps at most half of the short address %s', (address) => {
    const masked = maskAddress(address)!;
    const kept = Array.from(masked).length - MASK.length;
    expect(masked.endsWith(MASK)).toBe(true);
    expect(kept).toBeLessThanOrEqual(Math.floor(Array.from(address).length / 2));
    expect(masked).not.toContain(address);
  });

  it('property: never shows the whole address nor more than half of it, never breaks a surrogate', () => {
    // '*' excluded: an already masked address (上海市浦东新****) legitimately masks to itself.
    const addresses = fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }).filter((s) => !s.includes('*'));
    fc.assert(
      fc.property(addresses, (address) => {
        const masked = maskAddress(address)!;
        const kept = Array.from(masked).length - MASK.length;
        expect(kept).toBeLessThanOrEqual(Array.from(address).length / 2);
        expect(masked).not.toBe(address);
        expect(masked).not.toMatch(BROKEN_SURROGATE);
      }),
    );
  });

  it('passes empty values through', () => {
    expect(maskAddress(null)).toBeNull();
    expect(maskAddress(undefined)).toBeNull();
    expect(maskAddress('')).toBe('');
  });
});

describe('maskField', () => {
  it('uses the masker of known PII fields', () => {
    expect(maskField('phone', '13812345678')).toBe('138****5678');
    expect(maskField('email', 'lisi@example.com')).toBe('l****@example.com');
    expect(maskField('address', '上海市浦东新区世纪大道100号')).toBe('上海市浦东新****');
  });

  it('hides the whole value of an unknown field', () => {
    expect(maskField('idCard', '110101199003071234')).toBe(MASK);
  });

  it('keeps an absent value of an unknown field absent', () => {
    expect(maskField('idCard', null)).toBeNull();
    expect(maskField('idCard', undefined)).toBeNull();
  });
});
