import { createRequire } from 'node:module';
import { PassThrough, type Readable } from 'node:stream';
import { z } from 'zod';

// The xmlrpc package's own client has no timeout and hides its request; we use its
// serializer and parser and do the HTTP ourselves.
const require = createRequire(import.meta.url);

type ParseCallback = (error: unknown, value?: unknown) => void;

const serializer: {
  serializeMethodCall(method: string, params: unknown[]): string;
} = require('xmlrpc/lib/serializer.js');
const Deserializer: new () => {
  deserializeMethodResponse(stream: Readable, callback: ParseCallback): void;
} = require('xmlrpc/lib/deserializer.js');

const faultSchema = z.object({
  faultCode: z.union([z.number(), z.string()]),
  faultString: z.string(),
});

export type XmlRpcFault = z.infer<typeof faultSchema>;

export type DecodedResponse = { value: unknown } | { fault: XmlRpcFault } | { garbage: string };

/** The XML of a method call. */
export function encodeCall(method: string, params: unknown[]): string {
  return serializer.serializeMethodCall(method, params);
}

/** Parses a method response into its value, its fault, or why it is not XML-RPC at all. */
export function decodeResponse(body: string): Promise<DecodedResponse> {
  return new Promise((resolve) => {
    const stream = new PassThrough();
    new Deserializer().deserializeMethodResponse(stream, (error, value) => {
      if (!error) return resolve({ value });
      const fault = faultSchema.safeParse(error);
      if (fault.success) return resolve({ fault: fault.data });
      resolve({ garbage: error instanceof Error ? error.message : String(error) });
    });
    stream.end(body);
  });
}
