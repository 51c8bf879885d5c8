import { z } from 'zod';

export const faultSchema = z.object({
  faultCode: z.union([z.number(), z.string()]),
  faultString: z.string(),
});

export type XmlRpcFault = z.infer<typeof faultSchema>;

/** A method response: its value, its fault, or why it is not XML-RPC at all. */
export type DecodedResponse = { value: unknown } | { fault: XmlRpcFault } | { garbage: string };
