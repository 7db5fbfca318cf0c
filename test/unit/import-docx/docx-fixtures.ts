// Word files made by the tests themselves: real .docx built with the `docx` package, tiny images
// made byte by byte, and zip surgery (central-directory patches) for the hostile cases.
import { Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { crc32, deflateSync } from 'node:zlib';

function pngChunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A valid 2×2 RGB PNG; `shade` varies the pixels so two images have different bytes. */
export function tinyPng(shade = 0x80): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, no filter method, no interlace
  const rows = Buffer.from([0, shade, 0, 0, 0, shade, 0, 0, 0, 0, shade, shade, shade, 0, 0]);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', new Uint8Array())]),
  );
}

/** A 1×1 baseline JPEG. */
export const TINY_JPEG = new Uint8Array(
  Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  ),
);

/** A 1×1 GIF: a picture format the paper does not print from. */
export const TINY_GIF = new Uint8Array(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));

export function text(value: string): Paragraph {
  return new Paragraph({ children: [new TextRun(value)] });
}

export function heading(value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ text: value, heading: level });
}

export function runs(...parts: Array<string | { bold: string }>): Paragraph {
  return new Paragraph({
    children: parts.map((part) => (typeof part === 'string' ? new TextRun(part) : new TextRun({ text: part.bold, bold: true }))),
  });
}

export function picture(data: Uint8Array, type: 'png' | 'jpg' | 'gif' = 'png'): Paragraph {
  return new Paragraph({ children: [new ImageRun({ type, data, transformation: { width: 120, height: 80 } })] });
}

export function link(before: string, label: string, url: string, after: string): Paragraph {
  return new Paragraph({
    children: [new TextRun(before), new ExternalHyperlink({ link: url, children: [new TextRun(label)] }), new TextRun(after)],
  });
}

/** A paragraph in a style the document defines under `styleName` (see buildDocx). */
export function styled(value: string, styleName: string): Paragraph {
  return new Paragraph({ text: value, style: styleId(styleName) });
}

function styleId(styleName: string): string {
  return `S${Buffer.from(styleName).toString('hex')}`;
}

/** A .docx of these paragraphs; `styleNames` are defined as paragraph styles for `styled`. */
export async function buildDocx(children: Paragraph[], styleNames: string[] = []): Promise<Uint8Array> {
  const paragraphStyles = styleNames.map((name) => ({ id: styleId(name), name, basedOn: 'Normal' }));
  return new Uint8Array(await Packer.toBuffer(new Document({ styles: { paragraphStyles }, sections: [{ children }] })));
}

/** A small valid .docx with a picture, the base the hostile cases are cut from. */
export async function plainDocx(): Promise<Uint8Array> {
  return buildDocx([heading('园区新闻', HeadingLevel.HEADING_1), text('科学导报讯 记者王波 园区今年引进项目十二个。'), picture(tinyPng())]);
}

/** Rewrites parts of a .docx (values as text or bytes; null removes a part) and zips it again. */
export function editParts(docx: Uint8Array, edits: Record<string, string | Uint8Array | null>): Uint8Array {
  const parts: Zippable = unzipSync(docx);
  for (const [name, value] of Object.entries(edits)) {
    if (value === null) delete parts[name];
    else parts[name] = typeof value === 'string' ? strToU8(value) : value;
  }
  return zipSync(parts);
}

export function readPart(docx: Uint8Array, name: string): string {
  const part = unzipSync(docx)[name];
  if (!part) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

/** Offsets of each central-directory record, by entry name. */
function centralRecords(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const records = new Map<string, number>();
  let offset = view.getUint32(eocd + 16, true);
  for (let index = view.getUint16(eocd + 10, true); index > 0; index--) {
    const nameLength = view.getUint16(offset + 28, true);
    records.set(Buffer.from(zip.subarray(offset + 46, offset + 46 + nameLength)).toString('utf8'), offset);
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return records;
}

export interface CentralPatch {
  flags?: number;
  method?: number;
  compressedSize?: number;
  size?: number;
  localOffset?: number;
  /** Same length as the old name. */
  name?: string;
}

/** Changes what the central directory says about one entry, leaving the data as it is. */
export function patchCentral(zip: Uint8Array, entry: string, patch: CentralPatch): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const offset = centralRecords(out).get(entry);
  if (offset === undefined) throw new Error(`no entry ${entry}`);
  if (patch.flags !== undefined) view.setUint16(offset + 8, patch.flags, true);
  if (patch.method !== undefined) view.setUint16(offset + 10, patch.method, true);
  if (patch.compressedSize !== undefined) view.setUint32(offset + 20, patch.compressedSize, true);
  if (patch.size !== undefined) view.setUint32(offset + 24, patch.size, true);
  if (patch.localOffset !== undefined) view.setUint32(offset + 42, patch.localOffset, true);
  if (patch.name !== undefined) {
    if (patch.name.length !== entry.length) throw new Error('names must have the same length');
    out.set(Buffer.from(patch.name, 'utf8'), offset + 46);
  }
  return out;
}

export function localOffsetOf(zip: Uint8Array, entry: string): number {
  const offset = centralRecords(zip).get(entry);
  if (offset === undefined) throw new Error(`no entry ${entry}`);
  return new DataView(zip.buffer, zip.byteOffset, zip.byteLength).getUint32(offset + 42, true);
}

/** Where an entry's (compressed) bytes begin, after its local header. */
export function dataOffsetOf(zip: Uint8Array, entry: string): number {
  const local = localOffsetOf(zip, entry);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  return local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
}
