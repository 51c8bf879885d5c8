import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../src/odoo/xmlrpc-codec.js';
import { decodeWithSax } from '../src/odoo/xmlrpc-sax-decoder.js';
import { scanResponse } from '../src/odoo/xmlrpc-scanner.js';
import { referenceDir } from './support/odoo-fixtures.js';

const recorded = ['raw', 'raw-17'].flatMap((dir) =>
  readdirSync(join(referenceDir, dir))
    .filter((file) => file.endsWith('.response.xml'))
    .map((file) => ({
      name: `${dir}/${file}`,
      body: readFileSync(join(referenceDir, dir, file), 'utf8'),
    })),
);

function response(value: string): string {
  const params = `<params>\n<param>\n${value}\n</param>\n</params>`;
  return `<?xml version="1.0"?>\n<methodResponse>\n${params}\n</methodResponse>\n`;
}

describe('the single-pass XML-RPC decoder', () => {
  it('finds every recorded answer of Odoo 19 and 17', () => {
    expect(recorded.length).toBe(30);
  });

  it.each(recorded)(
    'decodes $name as the sax parser does, without falling back',
    async ({ body }) => {
      const expected = await decodeWithSax(body);

      const scanned = scanResponse(body);

      expect(scanned).toBeDefined();
      expect(scanned).toEqual(expected);
    },
  );

  it('keeps a recorded fault as its code and whole traceback', async () => {
    const body = readFileSync(join(referenceDir, 'raw', 'fault_bad_domain.response.xml'), 'utf8');

    const decoded = await decodeResponse(body);

    expect(decoded).toMatchObject({ fault: { faultCode: 1 } });
    expect(JSON.stringify(decoded)).toContain('Traceback');
  });

  it.each([
    ['entities', '<value><string>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;</string></value>'],
    [
      'character references',
      '<value><string>&#65;&#x42;&#X43;&#0067;&#xD;&#128512;</string></value>',
    ],
    [
      'CDATA next to text',
      '<value><string>x<![CDATA[<&]]>y<![CDATA[]]]]><![CDATA[>]]></string></value>',
    ],
    ['bare text', '<value>plain &amp; simple</value>'],
    ['bare whitespace', '<value>\n \t</value>'],
    ['an empty value', '<value/>'],
    ['an empty string', '<value><string/></value>'],
    ['whitespace around a typed value', '<value>\n  <int>7</int>\n</value>'],
    [
      'i4, i8 and negative ints',
      '<value><array><data><value><i4>-12</i4></value>' +
        '<value><i8>9007199254740993</i8></value>' +
        '<value><int>-0</int></value></data></array></value>',
    ],
    ['an int parseInt reads leniently', '<value><int> 12</int></value>'],
    ['a long int', '<value><int>12345678901234567890</int></value>'],
    [
      'doubles',
      '<value><array><data><value><double>1.5e3</double></value>' +
        '<value><double>-0.25</double></value></data></array></value>',
    ],
    ['nil', '<value><nil/></value>'],
    ['a date', '<value><dateTime.iso8601>20240131T10:20:30</dateTime.iso8601></value>'],
    ['base64', '<value><base64>aGVsbG8=</base64></value>'],
    ['empty containers', '<value><array><data/></array></value>'],
    ['an empty struct', '<value><struct/></value>'],
    [
      'a repeated member name',
      '<value><struct><member><name>a</name><value><int>1</int></value></member>' +
        '<member><name>a</name><value><int>2</int></value></member></struct></value>',
    ],
  ])('decodes %s in one pass as the sax parser does', async (_name, value) => {
    const body = response(value);
    const expected = await decodeWithSax(body);

    const scanned = scanResponse(body);

    expect(scanned).toBeDefined();
    expect(scanned).toEqual(expected);
  });

  it.each([
    ['upper-case tags', '<VALUE><INT>3</INT></VALUE>'],
    ['a comment', '<value><!-- note --><int>3</int></value>'],
    ['an attribute', '<value kind="x"><int>3</int></value>'],
    ['an HTML entity', '<value><string>a&nbsp;b</string></value>'],
    ['a reference to NUL', '<value><string>a&#0;b</string></value>'],
    ['a bare ampersand', '<value><string>a & b</string></value>'],
    ['text before a typed value', '<value>x<int>3</int></value>'],
    ['an unknown type', '<value><float>1.5</float></value>'],
    ['a bad boolean', '<value><boolean>2</boolean></value>'],
    ['a bad int', '<value><int>x</int></value>'],
    ['a bad date', '<value><dateTime.iso8601>soon</dateTime.iso8601></value>'],
  ])('hands %s to the sax parser and answers as it does', async (_name, value) => {
    const body = response(value);
    const expected = await decodeWithSax(body);

    const decoded = await decodeResponse(body);

    expect(scanResponse(body)).toBeUndefined();
    expect(decoded).toEqual(expected);
  });

  it.each([
    ['an HTML error page', '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['plain text', 'Service Unavailable'],
    ['an empty body', ''],
    ['a truncated answer', recorded[0]?.body.slice(0, 60) ?? ''],
    [
      'two params',
      response('<value><int>1</int></value>\n</param>\n<param>\n<value><int>2</int></value>'),
    ],
    ['a method call', '<?xml version="1.0"?><methodCall><methodName>x</methodName></methodCall>'],
  ])('reports %s as not XML-RPC', async (_name, body) => {
    const decoded = await decodeResponse(body);

    expect(decoded).toHaveProperty('garbage');
  });

  it('reports a fault whose value is not a fault struct as not XML-RPC', async () => {
    const body =
      '<methodResponse><fault><value><string>boom</string></value></fault></methodResponse>';

    const decoded = await decodeResponse(body);

    expect(decoded).toEqual(await decodeWithSax(body));
    expect(decoded).toEqual({ garbage: 'XML-RPC fault' });
  });

  it('reports an empty fault as not XML-RPC', async () => {
    const body = '<methodResponse><fault></fault></methodResponse>';

    const decoded = await decodeResponse(body);

    expect(decoded).toHaveProperty('garbage');
  });
});
