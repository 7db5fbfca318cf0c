// Runs mammoth over parts that have already passed the zip caps, with a style map for the
// headline group, and collects embedded pictures in memory: nothing is stored until the whole
// document has converted, so a document that fails half way leaves no orphan photos.
import mammoth from 'mammoth';
import { zipSync } from 'fflate';
import { sniffImageType } from '../asset-store';
import { DOCX_LIMITS, unreadable, type DocxLimits } from './docx-refusals';
import { IMAGE_SRC_PREFIX } from './html-blocks';

export type PhotoContentType = 'image/jpeg' | 'image/png';

export type CollectedImage = { ok: true; bytes: Uint8Array; contentType: PhotoContentType } | { ok: false; reason: string };

export interface DocxHtml {
  html: string;
  /** Indexed by the number in each `<img src="kfq-image:N">`. */
  images: CollectedImage[];
}

// Style names are matched case-insensitively; Chinese names cover Word and WPS in a Chinese UI.
const STYLE_MAP = [
  ...['Title', '标题', 'Heading 1', '标题 1', '标题1'].map((name) => `p[style-name='${name}'] => h1:fresh`),
  ...['Heading 2', '标题 2', '标题2', '小标题'].map((name) => `p[style-name='${name}'] => h2:fresh`),
  ...['Heading 3', '标题 3', '标题3'].map((name) => `p[style-name='${name}'] => h3:fresh`),
  ...['Subtitle', '副标题', '副题'].map((name) => `p[style-name='${name}'] => p.subtitle:fresh`),
  ...['Caption', '题注', '图说', '图片说明'].map((name) => `p[style-name='${name}'] => p.caption:fresh`),
  ...['Quote', 'Intense Quote', '引用', '明显引用'].map((name) => `p[style-name='${name}'] => p.quote:fresh`),
  "p[style-name='引题'] => p.kicker:fresh",
  "p[style-name='署名'] => p.signature:fresh",
];

function describeType(contentType: string): string {
  // The declared type comes from the file; only a plain MIME-like token is repeated to the editor.
  return /^[a-z0-9.+/-]{1,60}$/i.test(contentType) ? contentType : '未知格式';
}

async function collect(image: { contentType: string; read: () => Promise<Buffer> }, limits: DocxLimits): Promise<CollectedImage> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await image.read());
  } catch {
    // Linked (external) pictures land here: mammoth is told never to read outside the file.
    return { ok: false, reason: '图片未导入：这是链接到文件外部的图片，只导入嵌入在文档里的图片。' };
  }
  if (bytes.length > limits.maxImageBytes) {
    const mb = (n: number) => (n / 1048576).toFixed(1);
    return { ok: false, reason: `图片未导入：图片过大（${mb(bytes.length)} MB），上限为 ${mb(limits.maxImageBytes)} MB。` };
  }
  const kind = sniffImageType(bytes);
  if (kind === 'jpg') return { ok: true, bytes, contentType: 'image/jpeg' };
  if (kind === 'png') return { ok: true, bytes, contentType: 'image/png' };
  return { ok: false, reason: `图片未导入：只接受 JPEG 或 PNG 图片（此图为 ${describeType(image.contentType)}）。` };
}

/** mammoth's HTML for checked parts; pictures are referenced by index, never by data URI or path. */
export async function convertDocxParts(parts: ReadonlyMap<string, Uint8Array>, limits: DocxLimits = DOCX_LIMITS): Promise<DocxHtml> {
  // mammoth reads a zip; it gets a fresh one holding exactly the bytes that were checked.
  const zip = zipSync(Object.fromEntries(parts), { level: 0 });
  const images: CollectedImage[] = [];
  const convertImage = mammoth.images.imgElement(async (image) => {
    // The index is taken before the first await, so indices follow the order of the calls.
    const index = images.length;
    images.push({ ok: false, reason: '图片未导入。' });
    images[index] = await collect(image, limits);
    return { src: `${IMAGE_SRC_PREFIX}${index}` };
  });
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength) },
      {
        styleMap: STYLE_MAP,
        convertImage,
        // A style map embedded in the file could map paragraphs to any element; only ours is used.
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    return { html: result.value, images };
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
}
