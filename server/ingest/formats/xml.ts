/**
 * XML as an ordered tree (fast-xml-parser's preserveOrder form) with namespace prefixes dropped:
 * `w:p` is `p`, `ds:X509Certificate` is `X509Certificate`, attribute `w:val` is `val`.
 */
import { XMLParser } from 'fast-xml-parser';

/** One element: its tag, attributes and children in document order; text nodes have tag "#text". */
export interface XmlNode {
  tag: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** For "#text" nodes. */
  text: string;
}

type RawNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric character references (&#246;) as well as the five XML entities.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** Parses XML; throws on text that is not XML. */
export function parseXml(xml: string): XmlNode[] {
  if (!/^\s*</.test(xml)) throw new Error('not XML');
  return (parser.parse(xml) as RawNode[]).map(convert);
}

function convert(raw: RawNode): XmlNode {
  const tag = Object.keys(raw).find((key) => key !== ':@') ?? '#text';
  if (tag === '#text') return { tag, attrs: {}, children: [], text: String(raw['#text'] ?? '') };
  const attrs = Object.fromEntries(Object.entries((raw[':@'] ?? {}) as Record<string, unknown>).map(([key, value]) => [key, String(value)]));
  const kids = raw[tag];
  return { tag, attrs, children: Array.isArray(kids) ? (kids as RawNode[]).map(convert) : [], text: '' };
}

export function child(node: XmlNode, tag: string): XmlNode | undefined {
  return node.children.find((c) => c.tag === tag);
}

export function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  return node.children.filter((c) => c.tag === tag);
}

/** Every element with this tag at any depth below the given nodes, in document order. */
export function descendants(nodes: XmlNode[], tag: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (list: XmlNode[]) => {
    for (const node of list) {
      if (node.tag === tag) out.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/** The concatenated text inside a node. */
export function textOf(node: XmlNode): string {
  if (node.tag === '#text') return node.text;
  return node.children.map(textOf).join('');
}
