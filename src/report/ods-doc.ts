/**
 * An OpenDocument spreadsheet opened as a tree, to fill cells of an existing file without
 * rebuilding it: fflate reads and writes the zip, fast-xml-parser parses `content.xml` in its
 * order-preserving mode and writes it back (byte for byte when nothing changed: tested), so
 * that every sheet, style, validation and formula of the template stays as it was.
 *
 * Cells are addressed like a spreadsheet does (`B3` on sheet `Échantillon`): rows and cells that
 * the file stores once with a repeat count are split around the one written.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

/** One node of fast-xml-parser's ordered tree: `{ tag: children[], ':@': attributes }`. */
export type XmlNode = Record<string, unknown>;
type Attrs = Record<string, string>;

const XML_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  suppressEmptyNode: true,
} as const;

const ROW_GROUPS = new Set(['table:table-header-rows', 'table:table-row-group', 'table:table-rows']);
const CELL_TAGS = new Set(['table:table-cell', 'table:covered-table-cell']);
/** Where a cell keeps a cached result or a typed value (ODF 19.385-19.391, LibreOffice's calcext). */
const VALUE_ATTRS = ['office:value-type', 'calcext:value-type', 'office:value', 'office:string-value', 'office:boolean-value', 'office:date-value', 'office:time-value', 'office:currency'];

export function tagOf(n: XmlNode): string {
  for (const k of Object.keys(n)) if (k !== ':@') return k;
  return '';
}

export function childrenOf(n: XmlNode): XmlNode[] {
  return (n[tagOf(n)] as XmlNode[] | undefined) ?? [];
}

export function attrsOf(n: XmlNode): Attrs {
  return ((n[':@'] as Attrs | undefined) ??= {});
}

/** The text of a cell or paragraph, paragraphs joined by line breaks. */
export function textOf(n: XmlNode): string {
  const tag = tagOf(n);
  if (tag === '#text') return String(n['#text']);
  if (tag === 'text:s') return ' '.repeat(Number(attrsOf(n)['text:c'] ?? 1));
  if (tag === 'text:tab') return '\t';
  if (tag === 'text:line-break') return '\n';
  if (tag === 'office:annotation') return '';
  const parts = childrenOf(n).map(textOf);
  return CELL_TAGS.has(tag) ? childrenOf(n).filter((c) => tagOf(c) === 'text:p').map(textOf).join('\n') : parts.join('');
}

/** `B3` → { row: 2, col: 1 } (zero-based). */
export function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function repeatOf(n: XmlNode, attr: string): number {
  return Number(attrsOf(n)[attr] ?? 1);
}

/**
 * The node at `list[i]` stands for `repeat` copies: make copy `offset` a node of its own (the
 * copies before and after it keep their repeat counts) and return it.
 */
function isolate(list: XmlNode[], i: number, offset: number, attr: string): XmlNode {
  const n = list[i];
  const count = repeatOf(n, attr);
  if (count === 1) return n;
  const copy = (k: number): XmlNode => {
    const c = structuredClone(n);
    if (k === 1) delete attrsOf(c)[attr];
    else attrsOf(c)[attr] = String(k);
    return c;
  };
  const target = copy(1);
  const parts = [...(offset > 0 ? [copy(offset)] : []), target, ...(count - offset - 1 > 0 ? [copy(count - offset - 1)] : [])];
  list.splice(i, 1, ...parts);
  return target;
}

function* rowSlots(children: XmlNode[]): Generator<[XmlNode[], number]> {
  for (let i = 0; i < children.length; i++) {
    const tag = tagOf(children[i]);
    if (tag === 'table:table-row') yield [children, i];
    else if (ROW_GROUPS.has(tag)) yield* rowSlots(childrenOf(children[i]));
  }
}

export class OdsSheet {
  constructor(
    readonly name: string,
    readonly node: XmlNode,
  ) {}

  /** The row (zero-based), made a node of its own. */
  row(r: number): XmlNode {
    let at = 0;
    for (const [list, i] of rowSlots(childrenOf(this.node))) {
      const n = repeatOf(list[i], 'table:number-rows-repeated');
      if (r < at + n) return isolate(list, i, r - at, 'table:number-rows-repeated');
      at += n;
    }
    throw new Error(`${this.name}: no row ${r + 1}`);
  }

  /** The cell at a reference (`B3`), made a node of its own. */
  cell(ref: string): XmlNode {
    const { row, col } = parseRef(ref);
    const cells = childrenOf(this.row(row));
    let at = 0;
    for (let i = 0; i < cells.length; i++) {
      if (!CELL_TAGS.has(tagOf(cells[i]))) continue;
      const n = repeatOf(cells[i], 'table:number-columns-repeated');
      if (col < at + n) return isolate(cells, i, col - at, 'table:number-columns-repeated');
      at += n;
    }
    throw new Error(`${this.name}: no cell ${ref}`);
  }

  text(ref: string): string {
    return textOf(this.cell(ref));
  }

  /**
   * Write text into a cell, one paragraph per line (none: the cell is emptied). The cell keeps its
   * style, validation and spans; a formula it held is replaced. Characters XML 1.0 forbids are
   * replaced; the serialiser escapes the rest, so page text stays text.
   */
  setText(ref: string, lines: string[]): void {
    const cell = this.cell(ref);
    if (tagOf(cell) !== 'table:table-cell') throw new Error(`${this.name}: ${ref} is covered by a merged cell`);
    const a = attrsOf(cell);
    delete a['table:formula'];
    for (const k of VALUE_ATTRS) delete a[k];
    const kept = childrenOf(cell).filter((c) => tagOf(c) !== 'text:p');
    if (lines.length) {
      a['office:value-type'] = 'string';
      a['calcext:value-type'] = 'string';
    }
    cell['table:table-cell'] = [...lines.map((l) => ({ 'text:p': l ? [{ '#text': xmlSafe(l) }] : [] })), ...kept];
  }
}

/** Text that XML 1.0 can hold: C0 controls (but tab), lone surrogates and U+FFFE/FFFF replaced. */
export function xmlSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

export class OdsDocument {
  private constructor(
    private readonly files: Record<string, Uint8Array>,
    readonly content: XmlNode[],
  ) {}

  static open(bytes: Uint8Array): OdsDocument {
    const files = unzipSync(bytes);
    const mimetype = files.mimetype ? new TextDecoder().decode(files.mimetype) : '';
    if (mimetype !== 'application/vnd.oasis.opendocument.spreadsheet' || !files['content.xml']) throw new Error('not an OpenDocument spreadsheet');
    return new OdsDocument(files, parseXml(new TextDecoder().decode(files['content.xml'])));
  }

  /** An independent copy to fill (the zip entries are shared: they are never written to). */
  clone(): OdsDocument {
    return new OdsDocument(this.files, structuredClone(this.content));
  }

  /** The sheets, by name, in the file's order. */
  sheets(): OdsSheet[] {
    const out: OdsSheet[] = [];
    const walk = (nodes: XmlNode[]) => {
      for (const n of nodes) {
        const tag = tagOf(n);
        if (tag === 'table:table') out.push(new OdsSheet(attrsOf(n)['table:name'] ?? '', n));
        else if (tag !== '#text' && tag !== 'table:table-row') walk(childrenOf(n));
      }
    };
    walk(this.content);
    return out;
  }

  sheet(name: string): OdsSheet {
    const s = this.sheets().find((x) => x.name === name);
    if (!s) throw new Error(`no sheet named ${name}`);
    return s;
  }

  /**
   * Forget the result every formula cell keeps from the template's last save: spreadsheets show
   * a stored result as it is (LibreOffice does not recalculate a file on load by default), so
   * the stale totals of the empty template would be shown. Without one, each formula is computed.
   */
  dropCachedResults(): void {
    const walk = (nodes: XmlNode[]) => {
      for (const n of nodes) {
        const tag = tagOf(n);
        if (tag === '#text') continue;
        if (tag === 'table:table-cell' && attrsOf(n)['table:formula'] !== undefined) {
          const a = attrsOf(n);
          for (const k of VALUE_ATTRS) delete a[k];
          n[tag] = childrenOf(n).filter((c) => tagOf(c) !== 'text:p');
        } else walk(childrenOf(n));
      }
    };
    walk(this.content);
  }

  /** The file: `mimetype` first and stored (as ODF requires), the rest deflated, in the template's order. */
  save(mtime: Date): Uint8Array {
    const out: Zippable = {};
    for (const [name, data] of Object.entries(this.files)) {
      const bytes = name === 'content.xml' ? new TextEncoder().encode(buildXml(this.content)) : data;
      out[name] = name === 'mimetype' ? [bytes, { level: 0 }] : [bytes, { level: 6 }];
    }
    if (Object.keys(out)[0] !== 'mimetype') throw new Error('mimetype is not the first entry of the template');
    return zipSync(out, { mtime });
  }
}

export function parseXml(xml: string): XmlNode[] {
  return new XMLParser(XML_OPTIONS).parse(xml) as XmlNode[];
}

export function buildXml(tree: XmlNode[]): string {
  return new XMLBuilder(XML_OPTIONS).build(tree) as string;
}
