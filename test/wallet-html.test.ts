import { describe, expect, it } from 'vitest';
import { displayHours, statusFor } from '../src/wallet/hours.js';
import { cleanLabel, plainTextToHtml } from '../src/wallet/html.js';

describe('descriptions stored as HTML', () => {
  it('escapes markup so typed text cannot inject HTML', () => {
    expect(plainTextToHtml('<script>alert("x")</script> & co')).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</p>',
    );
  });

  it('makes paragraphs of blank-line blocks and line breaks of single newlines', () => {
    expect(plainTextToHtml('first\nsecond\r\n\r\nthird\n\n\n')).toBe(
      '<p>first<br>second</p><p>third</p>',
    );
  });

  it('gives an empty string for blank text', () => {
    expect(plainTextToHtml('  \n \n')).toBe('');
  });

  it('collapses whitespace in labels', () => {
    expect(cleanLabel('  Acme \n  Support\t')).toBe('Acme Support');
  });
});

describe('balance maths', () => {
  it('is in debt at zero and below', () => {
    expect(statusFor(0, 4)).toBe('debt');
    expect(statusFor(-2, 4)).toBe('debt');
    expect(statusFor(1e-9, 4)).toBe('debt');
  });

  it('is low below the threshold and ok from it on', () => {
    expect(statusFor(3.75, 4)).toBe('low');
    expect(statusFor(4, 4)).toBe('ok');
    expect(statusFor(0.25, 4)).toBe('low');
  });

  it('shows two decimals and never a negative zero', () => {
    expect(displayHours(0.1 + 0.2)).toBe('0.30');
    expect(displayHours(-0.001)).toBe('0.00');
  });
});
