import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../src/odoo/xmlrpc-codec.js';
import { decodeWithSax } from '../src/odoo/xmlrpc-sax-decoder.js';
import { scanResponse } from '../src/odoo/xmlrpc-scanner.js';
import { encodeFault, encodeResponse } from '../src/odoo-standin/xmlrpc/codec.js';

const require = createRequire(import.meta.url);
const serializer: {
  serializeMethodResponse(value: unknown): string;
  serializeFault(fault: unknown): string;
} = require('xmlrpc/lib/serializer.js');

// Characters XML 1.0 cannot carry at all; neither serializer can send them.
function isXmlText(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    if (control || code === 0xfffe || code === 0xffff) return false;
  }
  return true;
}

const text = fc.string({ unit: 'binary', maxLength: 40 }).filter(isXmlText);
const markup = fc
  .array(fc.constantFrom('a', '&', '<', '>', ']]>', ']', '"', "'", '\r', '\n', ' ', 'é', '😀'), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));
const number = fc.oneof(fc.integer(), fc.double(), fc.maxSafeInteger(), fc.constant(-0));

/** Values Odoo sends (no null: Python's marshaller refuses None). */
const odooValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.boolean(),
    number,
    text,
    markup,
    fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(text, markup), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Everything the xmlrpc package can serialize, null and binary included. */
const anyValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.boolean(),
    number,
    text,
    markup,
    fc.constant(null),
    fc.date({ noInvalidDate: true }),
    fc.uint8Array({ maxLength: 20 }).map((bytes) => Buffer.from(bytes)),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(text, markup), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Decodes both ways; the fast path may decline (then the sax parser answers) but never differ. */
async function decodeBothWays(body: string): Promise<{ scanned: boolean }> {
  const expected = await decodeWithSax(body);
  const scanned = scanResponse(body);

  expect(await decodeResponse(body)).toEqual(expected);
  if (scanned) expect(scanned).toEqual(expected);
  return { scanned: scanned !== undefined };
}

describe('the single-pass XML-RPC decoder on random values', () => {
  it('decodes whatever the xmlrpc package serializes as its own parser does', async () => {
    let scanned = 0;

    await fc.assert(
      fc.asyncProperty(anyValue, async (value) => {
        const outcome = await decodeBothWays(serializer.serializeMethodResponse(value));
        if (outcome.scanned) scanned++;
      }),
      { numRuns: 300 },
    );

    // Only odd bytes leave the fast path: doubles it cannot read (NaN) and strings holding
    // `]]>` twice, which the serializer writes as broken CDATA.
    expect(scanned).toBeGreaterThan(225);
  });

  it('decodes answers laid out as Odoo and Python write them as the sax parser does', async () => {
    await fc.assert(
      fc.asyncProperty(odooValue, fc.constantFrom('odoo19', 'python'), async (value, style) => {
        const body = encodeResponse(value, style);
        const outcome = await decodeBothWays(body);
        if (!('garbage' in (await decodeWithSax(body)))) expect(outcome.scanned).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes random faults as the sax parser does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.oneof(text, markup), async (code, message) => {
        await decodeBothWays(serializer.serializeFault({ faultCode: code, faultString: message }));
        await decodeBothWays(encodeFault(code, message, 'odoo19'));
      }),
      { numRuns: 150 },
    );
  });
});
