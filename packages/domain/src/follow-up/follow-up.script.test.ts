import { describe, expect, it } from 'vitest';
import { customerAddress, renderScript, surnameOf, unknownPlaceholders } from './follow-up.script';

describe('call scripts (标准服务用语)', () => {
  it('address the customer by surname with 先生/女士, or 您 when unknown', () => {
    expect(customerAddress({ customerSurname: '王', customerGender: 'MALE' })).toBe('王先生');
    expect(customerAddress({ customerSurname: '李', customerGender: 'FEMALE' })).toBe('李女士');
    expect(customerAddress({ customerSurname: '张' })).toBe('张先生/女士');
    expect(customerAddress({})).toBe('您');
  });

  it('fill the placeholders and find the ones that are typos', () => {
    const text = '{称呼}您好，我是客服代表{客服姓名}，您上月购买的{产品}使用得还满意吗？';
    expect(renderScript(text, { customerSurname: '王', customerGender: 'MALE', agentName: '陈晓', product: 'SX-200 净水器' })).toBe(
      '王先生您好，我是客服代表陈晓，您上月购买的SX-200 净水器使用得还满意吗？',
    );
    expect(renderScript('谢谢您对我们的支持，再见', {})).toBe('谢谢您对我们的支持，再见');
    expect(unknownPlaceholders('{称呼}您好，{姓名}')).toEqual(['{姓名}']);
    expect(unknownPlaceholders(text)).toEqual([]);
  });
});

describe('the surname the script addresses', () => {
  it('is the first character, or a compound surname, of a Chinese name; nothing for other names', () => {
    expect(surnameOf('王芳')).toBe('王');
    expect(surnameOf('欧阳娜娜')).toBe('欧阳');
    expect(surnameOf('欧阳')).toBe('欧');
    expect(surnameOf(' 李婷 ')).toBe('李');
    expect(surnameOf('Alice Chen')).toBeNull();
    expect(surnameOf('王')).toBeNull();
    expect(surnameOf(null)).toBeNull();
  });
});
