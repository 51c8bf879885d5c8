import { createRequire } from 'node:module';
import { PassThrough, type Readable } from 'node:stream';
import { type DecodedResponse, faultSchema } from './xmlrpc-response.js';

const require = createRequire(import.meta.url);

type ParseCallback = (error: unknown, value?: unknown) => void;

const Deserializer: new () => {
  deserializeMethodResponse(stream: Readable, callback: ParseCallback): void;
} = require('xmlrpc/lib/deserializer.js');

/**
 * Decodes a method response with the xmlrpc package's sax-based parser. Slow on large answers
 * but lenient about odd XML; the fast scanner hands it whatever it does not recognise.
 */
export function decodeWithSax(body: string): Promise<DecodedResponse> {
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
