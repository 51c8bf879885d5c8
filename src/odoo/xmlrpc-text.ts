/** Thrown inside the scanner when the answer is not written the canonical way. */
export const NOT_CANONICAL = new Error('not canonical XML-RPC');

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

// Digit counts bound the value below 0x10FFFF's length, so parsing never loses precision.
const decimalReference = /^#[0-9]{1,7}$/;
const hexReference = /^#[xX][0-9a-fA-F]{1,6}$/;

function entityText(name: string): string {
  const known = Object.hasOwn(named, name) ? named[name] : undefined;
  if (known !== undefined) return known;

  let code = Number.NaN;
  if (decimalReference.test(name)) code = Number.parseInt(name.slice(1), 10);
  else if (hexReference.test(name)) code = Number.parseInt(name.slice(2), 16);
  // The sax parser keeps `&#0;` as text; anything unusual is left to it.
  if (!(code >= 1 && code <= 0x10ffff)) throw NOT_CANONICAL;
  return String.fromCodePoint(code);
}

/** The text between `start` and `end` with its entity and character references replaced. */
export function decodeEntities(text: string, start: number, end: number): string {
  let out = '';
  let at = start;
  while (at < end) {
    const amp = text.indexOf('&', at);
    if (amp < 0 || amp >= end) return out + text.slice(at, end);
    out += text.slice(at, amp);

    const semicolon = text.indexOf(';', amp);
    if (semicolon < 0 || semicolon >= end) throw NOT_CANONICAL;
    out += entityText(text.slice(amp + 1, semicolon));
    at = semicolon + 1;
  }
  return out;
}

/** Whether the text between `start` and `end` is only XML whitespace. */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return true;
}
