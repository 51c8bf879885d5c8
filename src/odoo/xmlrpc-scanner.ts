import { createRequire } from 'node:module';
import { type DecodedResponse, faultSchema } from './xmlrpc-response.js';
import { decodeEntities, isBlank, NOT_CANONICAL } from './xmlrpc-text.js';

// The same date reading as the sax-based parser, so both give the same Date.
const require = createRequire(import.meta.url);
const dates: { decodeIso8601(text: string): Date } = require('xmlrpc/lib/date_formatter.js');

const i8Text = /^-?\d+$/;

/**
 * One pass over a method response written the way servers write it: lower-case tags without
 * attributes, whitespace between them, the five XML entities, character references, CDATA.
 * Values come out as the xmlrpc package's parser gives them (`<i8>` as a string, say).
 */
class Scanner {
  private pos = 0;
  // Where the next `&` is (-1: none left); found once per stretch so scanning stays linear.
  private nextAmp = -2;

  constructor(private readonly text: string) {}

  response(): DecodedResponse {
    const text = this.text;
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipSpace();
    if (this.accept('<?xml')) {
      const end = text.indexOf('?>', this.pos);
      if (end < 0) throw NOT_CANONICAL;
      this.pos = end + 2;
      this.skipSpace();
    }
    this.expect('<methodResponse>');
    this.skipSpace();

    const decoded = this.accept('<fault>') ? this.fault() : this.params();
    this.skipSpace();
    this.expect('</methodResponse>');
    this.skipSpace();
    if (this.pos !== text.length) throw NOT_CANONICAL;
    return decoded;
  }

  private params(): DecodedResponse {
    this.expect('<params>');
    this.skipSpace();
    if (this.accept('</params>')) return { value: undefined };

    this.expect('<param>');
    this.skipSpace();
    const value = this.valueElement();
    this.skipSpace();
    this.expect('</param>');
    this.skipSpace();
    this.expect('</params>');
    return { value };
  }

  private fault(): DecodedResponse {
    this.skipSpace();
    if (this.accept('</fault>')) return { garbage: 'XML-RPC fault without a value' };

    const value: unknown = this.valueElement();
    this.skipSpace();
    this.expect('</fault>');
    const fields: { faultCode?: unknown; faultString?: unknown } =
      typeof value === 'object' && value !== null ? value : {};
    const fault = faultSchema.safeParse({
      faultCode: fields.faultCode,
      faultString: fields.faultString,
    });
    if (fault.success) return { fault: fault.data };
    return { garbage: `XML-RPC fault${fields.faultString ? `: ${fields.faultString}` : ''}` };
  }

  private valueElement(): unknown {
    if (this.accept('<value>')) return this.value();
    if (this.accept('<value/>')) return '';
    throw NOT_CANONICAL;
  }

  /** The content of a `<value>` up to and including its end tag. */
  private value(): unknown {
    const text = this.text;
    const start = this.pos;
    const lt = text.indexOf('<', start);
    if (lt < 0) throw NOT_CANONICAL;
    if (text.startsWith('</value>', lt)) {
      this.pos = lt + 8;
      return this.slice(start, lt);
    }
    if (text.charCodeAt(lt + 1) === 0x21) return this.readText('</value>');
    if (!isBlank(text, start, lt)) throw NOT_CANONICAL;

    this.pos = lt;
    const value = this.typed();
    this.skipSpace();
    this.expect('</value>');
    return value;
  }

  private typed(): unknown {
    switch (this.text.charCodeAt(this.pos + 1)) {
      case 0x69: // i
        if (this.accept('<int>')) return this.integer('</int>');
        if (this.accept('<i4>')) return this.integer('</i4>');
        if (this.accept('<i8>')) return this.i8();
        break;
      case 0x73: // s
        if (this.accept('<string>')) return this.readText('</string>');
        if (this.accept('<struct>')) return this.struct();
        if (this.accept('<string/>')) return '';
        if (this.accept('<struct/>')) return {};
        break;
      case 0x61: // a
        if (this.accept('<array>')) return this.array();
        if (this.accept('<array/>')) return [];
        break;
      case 0x62: // b
        if (this.accept('<boolean>')) return this.boolean();
        if (this.accept('<base64>')) return Buffer.from(this.readText('</base64>'), 'base64');
        break;
      case 0x64: // d
        if (this.accept('<double>')) return this.double();
        if (this.accept('<dateTime.iso8601>')) {
          return dates.decodeIso8601(this.readText('</dateTime.iso8601>'));
        }
        break;
      case 0x6e: // n
        if (this.accept('<nil/>')) return null;
        break;
    }
    throw NOT_CANONICAL;
  }

  private struct(): Record<string, unknown> {
    const struct: Record<string, unknown> = {};
    for (;;) {
      this.skipSpace();
      if (this.accept('</struct>')) return struct;
      this.expect('<member>');
      this.skipSpace();
      this.expect('<name>');
      const name = this.readText('</name>');
      this.skipSpace();
      const value = this.valueElement();
      this.skipSpace();
      this.expect('</member>');
      struct[name] = value;
    }
  }

  private array(): unknown[] {
    const items: unknown[] = [];
    this.skipSpace();
    if (!this.accept('<data/>')) {
      this.expect('<data>');
      for (;;) {
        this.skipSpace();
        if (this.accept('</data>')) break;
        items.push(this.valueElement());
      }
    }
    this.skipSpace();
    this.expect('</array>');
    return items;
  }

  /** Plain decimal digits read in place; anything else the way `parseInt` reads it. */
  private integer(close: string): number {
    const text = this.text;
    let at = this.pos;
    const negative = text.charCodeAt(at) === 0x2d;
    if (negative) at++;
    const first = at;
    let value = 0;
    for (let c = text.charCodeAt(at); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++at)) {
      value = value * 10 + (c - 0x30);
    }
    if (at > first && at - first <= 15 && text.startsWith(close, at)) {
      this.pos = at + close.length;
      return negative ? -value : value;
    }

    const parsed = Number.parseInt(this.readText(close), 10);
    if (Number.isNaN(parsed)) throw NOT_CANONICAL;
    return parsed;
  }

  private i8(): string {
    const digits = this.readText('</i8>');
    if (!i8Text.test(digits)) throw NOT_CANONICAL;
    return digits;
  }

  private double(): number {
    const parsed = Number.parseFloat(this.readText('</double>'));
    if (Number.isNaN(parsed)) throw NOT_CANONICAL;
    return parsed;
  }

  private boolean(): boolean {
    if (this.accept('0</boolean>')) return false;
    if (this.accept('1</boolean>')) return true;
    throw NOT_CANONICAL;
  }

  /** Character data (text and CDATA sections) up to and including the end tag `close`. */
  private readText(close: string): string {
    const text = this.text;
    let start = this.pos;
    let lt = text.indexOf('<', start);
    let out = '';
    for (;;) {
      if (lt < 0) throw NOT_CANONICAL;
      out += this.slice(start, lt);
      if (text.startsWith(close, lt)) {
        this.pos = lt + close.length;
        return out;
      }
      if (!text.startsWith('<![CDATA[', lt)) throw NOT_CANONICAL;
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) throw NOT_CANONICAL;
      out += text.slice(lt + 9, end);
      start = end + 3;
      lt = text.indexOf('<', start);
    }
  }

  /** The text between two positions, entities replaced. */
  private slice(start: number, end: number): string {
    if (this.nextAmp !== -1 && this.nextAmp < start) {
      this.nextAmp = this.text.indexOf('&', start);
    }
    if (this.nextAmp < 0 || this.nextAmp >= end) return this.text.slice(start, end);
    return decodeEntities(this.text, start, end);
  }

  private skipSpace(): void {
    const text = this.text;
    let at = this.pos;
    for (let c = text.charCodeAt(at); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; ) {
      c = text.charCodeAt(++at);
    }
    this.pos = at;
  }

  private accept(token: string): boolean {
    if (!this.text.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.accept(token)) throw NOT_CANONICAL;
  }
}

/**
 * Decodes a method response in one pass, or returns `undefined` when it is not written the
 * canonical way (or is no XML-RPC at all): the caller then asks the lenient sax-based parser.
 */
export function scanResponse(body: string): DecodedResponse | undefined {
  try {
    return new Scanner(body).response();
  } catch {
    // Whatever stopped the scan (odd spelling, a bad number, a date, deep nesting), the sax
    // parser reads the same bytes and gives the answer or the reason it is not XML-RPC.
    return undefined;
  }
}
