export { detectCapabilities } from './capabilities.js';
export { createOdooClient, type OdooClientOptions } from './client.js';
export { type ConnectOptions, connectOdoo, type OdooConnection } from './connect.js';
export {
  type CallSite,
  errorFromFault,
  errorFromOdooException,
  exceptionFromFault,
  exceptionFromTraceback,
  MissingMethodError,
  MissingModelError,
  type OdooException,
} from './faults.js';
export { createAgent, displayUrl, type HttpAnswer, postText } from './http-post.js';
export { createJson2Transport, type Json2TransportOptions } from './json2-transport.js';
export {
  errorFromConnection,
  errorFromHttpAnswer,
  RequestTimeoutError,
} from './network-errors.js';
export { parseAnswer } from './parse-answer.js';
export { chooseProtocol, type ProtocolChoice } from './protocol-choice.js';
export { type RetryPolicy, withReadRetry } from './read-retry.js';
export * from './schema.js';
export type * from './types.js';
export { type GroupMethod, groupMethodFor, toServerVersion } from './version.js';
export { toWire, toWireRecord } from './wire-values.js';
export { createXmlRpcTransport, type XmlRpcTransportOptions } from './xmlrpc-transport.js';
