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

/** The XML of a method call. */
export function encodeCall(method: string, params: unknown[]): string {
  return serializer.serializeMethodCall(method, params);
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
