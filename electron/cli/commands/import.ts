// kfq import FILE [--json] [--into DIR] — a reporter's draft or a published page's text (.txt, .md)
// or a .docx, as articles: printed as JSON or a summary, or added to a workspace as 已提交.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { importText } from '../../../shared/import/import-text';
import { toArticleContent, toImportJson, type ImportedArticle, type ImportResult } from '../../../shared/import/imported-article';
import { authorOf } from '../../../shared/import/name-patterns';
import { articleCharCount, articleNodeSchema } from '../../../shared/model/article';
import { DomainError } from '../../../shared/model/errors';
import { STATUS_LABELS } from '../../../shared/model/status';
import { importDocx } from '../../services/import/docx-import';
import { openWorkspace, type WorkspaceStore } from '../../services/workspace-store';
import { parseCommandArgs, type CommandIo } from '../io';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);
const contentSchema = z.array(articleNodeSchema).min(1).max(5_000);

async function readImportFile(file: string): Promise<Buffer> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new DomainError('FILE_NOT_FOUND', `找不到文件：${file}`);
  const tooLarge = (size: number): DomainError =>
    new DomainError('FILE_TOO_LARGE', `文件过大（${(size / 1048576).toFixed(1)} MB），导入的文件不能超过 50 MB。`, file);
  if (info.size > MAX_IMPORT_BYTES) throw tooLarge(info.size);
  const bytes = await readFile(file);
  // The file may have grown between stat and read.
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(bytes.length);
  return bytes;
}

/** Control characters other than tab, line feed, form feed and carriage return: text has next to none. */
function controlCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) count += 1;
  }
  return count;
}

/** The file's text, or a Chinese refusal for UTF-16, other encodings (GBK…) and binary files. */
export function decodeImportText(bytes: Uint8Array, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DomainError('FILE_INVALID', `“${name}”是 UTF-16 编码的文本，请另存为 UTF-8 编码后再导入。`);
  }
  if (bytes.includes(0)) throw new DomainError('FILE_INVALID', `“${name}”不是文本文件（含有二进制内容），无法导入。`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError('FILE_INVALID', `“${name}”不是 UTF-8 编码的文本（可能是 GBK 等编码），请另存为 UTF-8 编码后再导入。`);
  }
  const controls = controlCount(text);
  if (controls > 0 && controls * 100 >= text.length) {
    throw new DomainError('FILE_INVALID', `“${name}”不是文本文件（含有大量控制字符），无法导入。`);
  }
  return text;
}

function describeArticle(article: ImportedArticle, index: number): string {
  const json = toImportJson(article);
  const parts = [`${index + 1}. 《${article.headline || '（无标题）'}》`];
  if (article.kicker) parts.push(`引题：${article.kicker}`);
  if (article.subtitle) parts.push(`副题：${article.subtitle}`);
  const dateline = [article.dateline, article.byline].filter(Boolean).join(' ');
  if (dateline) parts.push(`电头：${dateline}`);
  parts.push(`${json.paragraphs.length}段 ${articleCharCount(toArticleContent(article))}字`);
  if (json.subheads.length > 0) parts.push(`小标题${json.subheads.length}个`);
  if (json.captions.length > 0) parts.push(`图片说明${json.captions.length}条`);
  parts.push(article.signature ? `署名：${article.signature}` : '无署名');
  if (article.jumps.length > 0) parts.push(`转版：${article.jumps.join('、')}`);
  return parts.join('  ');
}

const MARKER_LABELS: Record<ImportResult['markers'][number]['kind'], string> = {
  pageFurniture: '版面固定内容（报头、报眉等，未作正文）',
  columnLogo: '栏目',
  jump: '转版行',
  duplicate: '重复出现的文字（只保留了最后一处）',
};

function describeMarkers(result: ImportResult): string[] {
  const lines: string[] = [];
  for (const kind of Object.keys(MARKER_LABELS) as Array<keyof typeof MARKER_LABELS>) {
    const texts = result.markers.filter((marker) => marker.kind === kind).map((marker) => marker.text);
    if (texts.length === 0) continue;
    const shown = texts.map((text) => (text.length > 24 ? `${text.slice(0, 24)}…` : text));
    lines.push(`  ${MARKER_LABELS[kind]} ${texts.length} 处：${shown.slice(0, 5).join('、')}${texts.length > 5 ? ' 等' : ''}`);
  }
  return lines;
}

/** Every article's document, checked as the store will check it: one refused article adds none. */
function libraryContents(articles: readonly ImportedArticle[]): Array<ReturnType<typeof toArticleContent>> {
  return articles.map((article, index) => {
    const content = toArticleContent(article);
    const checked = contentSchema.safeParse(content);
    if (!checked.success) {
      const problem = checked.error.issues[0];
      throw new DomainError(
        'FILE_INVALID',
        `第 ${index + 1} 篇稿件《${article.headline || '（无标题）'}》无法加入稿库（${problem?.message ?? '内容不符合格式'}），未导入任何稿件。`,
        problem?.path.join('.'),
      );
    }
    return content;
  });
}

/**
 * Adds the articles to the library as 已提交 (filed), authored by their bylines' names: in one batch,
 * so the index is written once and an interrupted import adds none of them.
 */
async function addToLibrary(store: WorkspaceStore, articles: readonly ImportedArticle[], source: string, io: CommandIo): Promise<void> {
  const contents = libraryContents(articles);
  const inputs = articles.map((article, index) => ({
    content: contents[index] ?? [],
    author: authorOf(article.byline, article.signature),
  }));
  const added = await store.addFiledArticles(inputs, `导入自 ${source}`);
  added.forEach((filed, index) => {
    const headline = articles[index]?.headline || '（无标题）';
    io.out(`已加入稿库（${STATUS_LABELS[filed.status]}）：${filed.id}  《${headline}》${filed.author ? `  ${filed.author}` : ''}`);
  });
}

export async function runImport(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { json: { type: 'boolean' }, into: { type: 'string' } }, ['FILE']);
  const file = path.resolve(positionals[0] ?? '');
  const name = path.basename(file);
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.docx' && !TEXT_EXTENSIONS.has(extension)) {
    throw new DomainError('FILE_INVALID', `不支持的文件类型“${extension || '（无扩展名）'}”：可导入 .txt、.md（稿件或版面文字）和 .docx。`);
  }
  const bytes = await readImportFile(file);
  const store = values.into === undefined ? undefined : await openWorkspace(path.resolve(values.into));
  try {
    const result =
      extension === '.docx'
        ? await importDocx(bytes, store ? { storeImage: async (image) => (await store.putAsset(image)).assetId } : {})
        : importText(decodeImportText(bytes, name));
    if (result.articles.length === 0) {
      throw new DomainError('FILE_INVALID', `“${name}”里没有找到可导入的稿件（文件为空，或只有报头、报眉等版面固定内容）。`);
    }
    // Refuse before printing anything, so a refused import never looks half done.
    if (store) libraryContents(result.articles);
    if (values.json) {
      io.out(JSON.stringify(result.articles.map(toImportJson), null, 2));
    } else {
      io.out(`${name}：${result.articles.length} 篇稿件`);
      result.articles.forEach((article, index) => io.out(`  ${describeArticle(article, index)}`));
      for (const line of describeMarkers(result)) io.out(line);
    }
    // With --json, stdout carries only the JSON; what was added is reported on stderr.
    if (store) await addToLibrary(store, result.articles, name, values.json ? { ...io, out: (text) => io.err(text) } : io);
    return 0;
  } finally {
    await store?.close();
  }
}
