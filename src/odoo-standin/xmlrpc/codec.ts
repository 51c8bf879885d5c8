import { floatKeysOf } from '../engine/types.js';
import { parseXml, type XmlElement, XmlSyntaxError } from './xml-parse.js';

export interface MethodCallXml {
  methodName: string;
  params: unknown[];
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new XmlSyntaxError(`<${element.name}> has no <${name}>`);
  return found;
}

/** Decodes one `<value>` like Python's xmlrpc.client (`<nil/>` included, as it accepts it). */
export function decodeValue(value: XmlElement): unknown {
  const [typed] = value.children;
  if (!typed) return value.text;
  switch (typed.name) {
    case 'int':
    case 'i4':
    case 'i8':
    case 'i1':
    case 'i2':
    case 'biginteger': {
      const parsed = Number.parseInt(typed.text.trim(), 10);
      if (Number.isNaN(parsed)) throw new XmlSyntaxError(`bad integer ${typed.text}`);
      return parsed;
    }
    case 'boolean': {
      const text = typed.text.trim();
      if (text !== '0' && text !== '1') throw new XmlSyntaxError('bad boolean value');
      return text === '1';
    }
    case 'double':
    case 'float':
      return Number.parseFloat(typed.text.trim());
    case 'string':
    case 'dateTime.iso8601':
    case 'base64':
      return typed.text;
    case 'nil':
      return null;
    case 'array':
      return child(typed, 'data')
        .children.filter((c) => c.name === 'value')
        .map(decodeValue);
    case 'struct': {
      const result: Record<string, unknown> = {};
      for (const member of typed.children.filter((c) => c.name === 'member')) {
        result[child(member, 'name').text] = decodeValue(child(member, 'value'));
      }
      return result;
    }
    default:
      throw new XmlSyntaxError(`unknown value type <${typed.name}>`);
  }
}

/** Parses a `<methodCall>` request body. */
export function parseMethodCall(body: string): MethodCallXml {
  const root = parseXml(body);
  if (root.name !== 'methodCall') throw new XmlSyntaxError('expected <methodCall>');
  const methodName = child(root, 'methodName').text.trim();
  const paramsElement = root.children.find((c) => c.name === 'params');
  const params = (paramsElement?.children ?? [])
    .filter((c) => c.name === 'param')
    .map((param) => decodeValue(child(param, 'value')));
  return { methodName, params };
}

/** Python's xmlrpc.client cannot send or receive `None` unless both sides allow it. */
export class NoneNotAllowed extends Error {
  constructor() {
    super('cannot marshal None unless allow_none is enabled');
    this.name = 'NoneNotAllowed';
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A float as Python's `repr` writes it: always with a decimal point. */
export function pythonFloat(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : value < 0 ? '-inf' : 'nan';
  return Number.isInteger(value) && Math.abs(value) < 1e16 ? `${value}.0` : String(value);
}

function encodeNumber(value: number, asFloat: boolean): string {
  if (asFloat || !Number.isInteger(value)) {
    return `<value><double>${pythonFloat(value)}</double></value>\n`;
  }
  return `<value><int>${value}</int></value>\n`;
}

/** Encodes a value the way Odoo's marshaller lays it out, one element per line. */
export function encodeValue(value: unknown, asFloat = false): string {
  if (value === null || value === undefined) throw new NoneNotAllowed();
  if (typeof value === 'boolean') return `<value><boolean>${value ? 1 : 0}</boolean></value>\n`;
  if (typeof value === 'number') return encodeNumber(value, asFloat);
  if (typeof value === 'string') return `<value><string>${escapeXml(value)}</string></value>\n`;
  if (Array.isArray(value)) {
    const items = value.map((item) => encodeValue(item)).join('');
    return `<value><array><data>\n${items}</data></array></value>\n`;
  }
  if (value instanceof Date) {
    const iso = value.toISOString().replace(/[-]/g, '').slice(0, 17);
    return `<value><dateTime.iso8601>${iso}</dateTime.iso8601></value>\n`;
  }
  if (typeof value === 'object') {
    const floats = floatKeysOf(value);
    const members = Object.entries(value)
      .map(([key, item]) => {
        const encoded = encodeValue(item, floats?.has(key));
        return `<member>\n<name>${escapeXml(key)}</name>\n${encoded}</member>\n`;
      })
      .join('');
    return `<value><struct>\n${members}</struct></value>\n`;
  }
  throw new TypeError(`cannot marshal ${typeof value} objects`);
}

/** The layout of the envelope: Odoo 19's own marshaller, or Python's before it. */
export type EnvelopeStyle = 'odoo19' | 'python';

function envelope(style: EnvelopeStyle, inner: string): string {
  return style === 'odoo19'
    ? `<?xml version="1.0"?>\n<methodResponse>\n${inner}\n</methodResponse>\n`
    : `<?xml version='1.0'?>\n<methodResponse>\n${inner}</methodResponse>\n`;
}

/** A successful `<methodResponse>`; throws NoneNotAllowed for a `null` anywhere in it. */
export function encodeResponse(value: unknown, style: EnvelopeStyle): string {
  return envelope(style, `<params>\n<param>\n${encodeValue(value)}</param>\n</params>\n`);
}

/** A fault `<methodResponse>`. */
export function encodeFault(code: number, message: string, style: EnvelopeStyle): string {
  const struct = encodeValue({ faultCode: code, faultString: message });
  return envelope(style, `<fault>\n${struct}</fault>\n`);
}
