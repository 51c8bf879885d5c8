import { describe, expect, it } from 'vitest';
import { encodeCall } from '../src/odoo/xmlrpc-codec.js';
import { parsePlainDecimal, validBatchHours, validUnitPrice } from '../src/wallet/batch-figures.js';

describe('batch figures', () => {
  it.each([
    ['20', 20],
    ['7.5', 7.5],
    ['7,5', 7.5],
    [' 0.25 ', 0.25],
  ])('reads %j as the plain decimal %d', (text, value) => {
    expect(parsePlainDecimal(text)).toBe(value);
  });

  it.each(['1e-9', '0x10', '0b101', '0o7', '1e308', '-5', '', '1.', '.5', 'Infinity', '1,5,0'])(
    'refuses %j, which is not a plain decimal',
    (text) => {
      expect(parsePlainDecimal(text)).toBeNull();
    },
  );

  it('accepts quarter hours from 0.25 to 10000 only', () => {
    expect([0.25, 7.5, 7.75, 10_000].map(validBatchHours)).toEqual([true, true, true, true]);
    expect([0, 0.1, 7.3, 10_000.25, Number.NaN].map(validBatchHours)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('accepts a price from 0 to 100000 with at most two decimals', () => {
    expect([0, 95, 95.5, 95.55, 100_000].map(validUnitPrice)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([-1, 95.555, 100_000.01].map(validUnitPrice)).toEqual([false, false, false]);
  });
});

describe('XML-RPC numbers', () => {
  it('writes whole numbers outside 32 bits as double, inside as int', () => {
    const xml = encodeCall('execute_kw', [[42, -(2 ** 31), 2 ** 31, 1e15], { limit: 3e9 }]);

    expect(xml).toContain('<int>42</int>');
    expect(xml).toContain('<int>-2147483648</int>');
    expect(xml).toContain('<double>2147483648</double>');
    expect(xml).toContain('<double>1000000000000000</double>');
    expect(xml).toContain('<double>3000000000</double>');
    expect(xml).not.toContain('<int>3000000000</int>');
  });
});
