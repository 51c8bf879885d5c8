// Web Crypto rather than node:crypto, so the payload builders also run in a browser page.

function randomHex(bytes: number): string {
  const values = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (value) => value.toString(16).padStart(2, '0')).join('');
}

/** Slack's `ts` form for a moment in milliseconds: seconds, a dot, six digits. */
export function slackTs(milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000);
  const micros = Math.round((milliseconds - seconds * 1000) * 1000);
  return `${seconds}.${String(micros).padStart(6, '0')}`;
}

/** A trigger id shaped like Slack's (`{digits}.{digits}.{32 hex}`), unknown to any stand-in. */
export function randomTriggerId(): string {
  const first = 1_000_000_000 + Number.parseInt(randomHex(3), 16);
  return `${first}.1000000001.${randomHex(16)}`;
}
