import { createRequire } from 'node:module';
import type { DecodedResponse } from './xmlrpc-response.js';
import { decodeWithSax } from './xmlrpc-sax-decoder.js';
import { scanResponse } from './xmlrpc-scanner.js';

export type { DecodedResponse, XmlRpcFault } from './xmlrpc-response.js';

// The xmlrpc package's own client has no timeout and hides its request; we use its
// serializer and do the HTTP ourselves.
const require = createRequire(import.meta.url);

const serializer: {
  serializeMethodCall(method: string, params: unknown[]): string;
} = require('xmlrpc/lib/serializer.js');

const CustomType: new (raw: string) => { tagName: string } = require('xmlrpc/lib/customtype.js');

const intMin = -(2 ** 31);
const intMax = 2 ** 31 - 1;

/** A number the serializer writes as given, inside `<double>`. */
function xmlDouble(value: number): { tagName: string } {
  const double = new CustomType(String(value));
  double.tagName = 'double';
  return double;
}

// The serializer writes every whole number as `<int>`, which is 32 bits in XML-RPC: Python
// reads a bigger one fine but other servers refuse or wrap it. Outside that range we send
// `<double>`, which every server reads.
function withSafeInts(value: unknown): unknown {
  if (typeof value === 'number') {
    return Number.isInteger(value) && (value < intMin || value > intMax) ? xmlDouble(value) : value;
  }
  if (Array.isArray(value)) return value.map(withSafeInts);
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSafeInts(v)]));
  }
  return value;
}

/** The XML of a method call; whole numbers beyond 32 bits go as `<double>`. */
export function encodeCall(method: string, params: unknown[]): string {
  return serializer.serializeMethodCall(method, params.map(withSafeInts));
}

/**
 * Parses a method response into its value, its fault, or why it is not XML-RPC at all.
 * Answers written the way servers write them take the single-pass scanner; anything else
 * (other spellings, comments, garbage) goes to the sax-based parser, which decides.
 */
export function decodeResponse(body: string): Promise<DecodedResponse> {
  const scanned = scanResponse(body);
  return scanned ? Promise.resolve(scanned) : decodeWithSax(body);
}
