// .docx → imported articles: zip caps first, then mammoth over the checked parts, a whitelist
// read of its HTML into styled blocks, the same import rules as every text (shared/import), and
// last of all the photos handed to the store. A refused file throws before the store is called,
// so it writes nothing anywhere.
import { importBlocks } from '../../../shared/import/import-text';
import type { ImportedArticle, ImportedBodyItem, ImportMarker, ImportResult } from '../../../shared/import/imported-article';
import { DomainError } from '../../../shared/model/errors';
import { convertDocxParts, type CollectedImage } from './docx-html';
import { DOCX_LIMITS } from './docx-refusals';
import { htmlToBlocks } from './html-blocks';
import { openDocxZip } from './zip-guard';

export interface DocxImportOptions {
  /** Stores one photo (JPEG or PNG bytes) and returns its asset id, e.g. the workspace's putAsset. */
  storeImage?: (bytes: Uint8Array, contentType: string) => Promise<string>;
}

type StoreImage = NonNullable<DocxImportOptions['storeImage']>;

async function resolvePhotos(
  body: readonly ImportedBodyItem[],
  images: readonly CollectedImage[],
  storeImage: StoreImage | undefined,
  markers: ImportMarker[],
): Promise<ImportedBodyItem[]> {
  const items: ImportedBodyItem[] = [];
  for (const item of body) {
    if (item.kind !== 'caption' || item.image === undefined) {
      items.push(item);
      continue;
    }
    const { image, ...caption } = item;
    const collected: CollectedImage = images[image] ?? { ok: false, reason: '图片未导入。' };
    let assetId: string | null = null;
    if (collected.ok && storeImage) {
      try {
        assetId = await storeImage(collected.bytes, collected.contentType);
      } catch (error) {
        // A photo the store refuses costs that photo, not the article.
        if (!(error instanceof DomainError)) throw error;
        markers.push({ kind: 'pageFurniture', text: `图片未保存：${error.message}` });
      }
    } else if (!collected.ok && collected.reason) {
      markers.push({ kind: 'pageFurniture', text: collected.reason });
      // A refused picture with no caption would leave an empty photo block.
      if (!caption.text && !caption.credit) continue;
    }
    items.push({ ...caption, assetId });
  }
  return items;
}

function isEmpty(article: ImportedArticle): boolean {
  const { body, jumps, ...fields } = article;
  return body.length === 0 && jumps.length === 0 && Object.values(fields).every((value) => value === '');
}

/**
 * The articles of a .docx. Throws DomainError FILE_TOO_LARGE or FILE_INVALID (Chinese message)
 * for files over the caps, zip bombs, unsafe or encrypted entries, and files that are not .docx.
 * Photos (embedded JPEG/PNG only) are passed to `storeImage` once the whole document has been
 * read; without it they import with assetId null. Pictures left out are reported as markers.
 */
export async function importDocx(bytes: Uint8Array, options: DocxImportOptions = {}): Promise<ImportResult> {
  const parts = openDocxZip(bytes, DOCX_LIMITS);
  const { html, images } = await convertDocxParts(parts, DOCX_LIMITS);
  const imported = importBlocks(htmlToBlocks(html));
  const markers = [...imported.markers];
  const articles: ImportedArticle[] = [];
  for (const article of imported.articles) {
    const resolved = { ...article, body: await resolvePhotos(article.body, images, options.storeImage, markers) };
    // A document holding only pictures that were left out yields markers, not an empty article.
    if (!isEmpty(resolved)) articles.push(resolved);
  }
  return { articles, markers };
}
