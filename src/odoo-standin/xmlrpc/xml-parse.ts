/** A parsed XML element: its name, child elements and direct text. */
export interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
}

export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    // The class Python's parser raises, which is what Odoo's traceback would name.
    this.name = 'xml.parsers.expat.ExpatError';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, code: string) => {
    if (code.startsWith('#x')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number.parseInt(code.slice(1), 10));
    const named = ENTITIES[code];
    if (named === undefined) throw new XmlSyntaxError(`undefined entity ${whole}`);
    return named;
  });
}

/**
 * Parses the small XML dialect XML-RPC uses (elements and text; no attributes matter).
 * Declarations, comments and processing instructions are skipped; CDATA is text.
 */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#root', children: [], text: '' };
  const stack: XmlElement[] = [root];
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const current = stack[stack.length - 1] as XmlElement;
    if (lt === -1) {
      current.text += decodeEntities(source.slice(i));
      break;
    }
    if (lt > i) current.text += decodeEntities(source.slice(i, lt));
    if (source.startsWith('<?', lt)) {
      i = closeOf(source, '?>', lt);
    } else if (source.startsWith('<!--', lt)) {
      i = closeOf(source, '-->', lt);
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = closeOf(source, ']]>', lt);
      current.text += source.slice(lt + 9, end - 3);
      i = end;
    } else if (source.startsWith('<!', lt)) {
      i = closeOf(source, '>', lt);
    } else if (source.startsWith('</', lt)) {
      const end = closeOf(source, '>', lt);
      const name = source.slice(lt + 2, end - 1).trim();
      if (current.name !== name) throw new XmlSyntaxError(`mismatched tag </${name}>`);
      stack.pop();
      i = end;
    } else {
      const end = closeOf(source, '>', lt);
      const inner = source.slice(lt + 1, end - 1);
      const selfClosing = inner.endsWith('/');
      const name = (selfClosing ? inner.slice(0, -1) : inner).trim().split(/\s/)[0] ?? '';
      if (!name) throw new XmlSyntaxError('empty tag name');
      const element: XmlElement = { name, children: [], text: '' };
      current.children.push(element);
      if (!selfClosing) stack.push(element);
      i = end;
    }
  }
  if (stack.length !== 1) throw new XmlSyntaxError('unclosed element');
  const [document] = root.children;
  if (!document || root.children.length > 1) throw new XmlSyntaxError('expected one root element');
  return document;
}

function closeOf(source: string, marker: string, from: number): number {
  const at = source.indexOf(marker, from);
  if (at === -1) throw new XmlSyntaxError(`unterminated ${source.slice(from, from + 9)}`);
  return at + marker.length;
}
