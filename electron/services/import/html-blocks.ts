// mammoth's HTML → the blocks the import pipeline reads (shared/import/source-blocks): text with its
// style as a hint, and picture references. A strict whitelist: only the elements below mean
// anything; links become their text, scripts and the like are dropped with their content, and no
// markup ever reaches the output text. Reading the text's conventions is left to the pipeline.
import type { LineHint, SourceBlock } from '../../../shared/import/source-blocks';

export type BlockRole = LineHint;
export type DocBlock = SourceBlock;

// Invisible characters a pasted draft may carry: zero-width marks and bidirectional overrides
// (the latter can make text display in an order other than the one stored).
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- stray control characters are what is removed
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One paragraph's text: invisible and control characters removed, runs of space (incl. 全角空格) made one. */
export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** How the converter names a collected picture: `<img src="kfq-image:N">`, never a path or data URI. */
export const IMAGE_SRC_PREFIX = 'kfq-image:';

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'blockquote', 'pre', 'dt', 'dd', 'caption']);
const BOLD_TAGS = new Set(['strong', 'b']);
// Dropped with everything inside; mammoth does not write them, the list is a second fence.
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'template',
  'noscript',
  'head',
  'title',
  'textarea',
  'select',
  'video',
  'audio',
  'canvas',
]);
const CLASS_ROLES: Record<string, BlockRole> = {
  subtitle: 'subtitle',
  caption: 'caption',
  quote: 'quote',
  kicker: 'kicker',
  signature: 'signature',
};
// The "↑" links mammoth writes after each footnote point back into the text; they carry no words.
const BACK_LINK = /^#(?:footnote|endnote|comment)-ref-/;

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*"[^"]*")?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*"([^"]*)")?/g;
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_match, name: string) => {
    if (!name.startsWith('#')) return NAMED[name] ?? '';
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) found.set((match[1] ?? '').toLowerCase(), decodeEntities(match[2] ?? ''));
  return found;
}

function roleOf(tag: string, attrs: Map<string, string>): BlockRole {
  if (tag === 'h1') return 'headline';
  if (/^h[2-6]$/.test(tag)) return 'subhead';
  for (const name of (attrs.get('class') ?? '').split(/\s+/)) {
    const role = CLASS_ROLES[name];
    if (role) return role;
  }
  return 'body';
}

export function htmlToBlocks(html: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  let role: BlockRole = 'body';
  let pieces: Array<{ text: string; bold: boolean }> = [];
  let boldDepth = 0;
  let skipping: { tag: string; depth: number } | undefined;

  const flush = () => {
    const raw = pieces.map((piece) => piece.text).join('');
    const text = cleanText(raw);
    if (text) {
      const visible = (value: string) => cleanText(value).replace(/\s/g, '').length;
      const boldCount = pieces.filter((piece) => piece.bold).reduce((sum, piece) => sum + visible(piece.text), 0);
      blocks.push({ kind: 'text', hint: role, text, bold: boldCount === visible(raw) });
    }
    pieces = [];
  };

  const openTag = (tag: string, attrs: Map<string, string>, selfClosing: boolean) => {
    if (SKIPPED_TAGS.has(tag) && !selfClosing) skipping = { tag, depth: 1 };
    else if (tag === 'a' && BACK_LINK.test(attrs.get('href') ?? '') && !selfClosing) skipping = { tag, depth: 1 };
    else if (BLOCK_TAGS.has(tag)) {
      flush();
      role = roleOf(tag, attrs);
    } else if (BOLD_TAGS.has(tag) && !selfClosing) boldDepth++;
    else if (tag === 'br') flush();
    else if (tag === 'img') {
      flush();
      // Only pictures the converter collected; any other source (a URL, a path) is dropped.
      const src = attrs.get('src') ?? '';
      const digits = src.startsWith(IMAGE_SRC_PREFIX) ? src.slice(IMAGE_SRC_PREFIX.length) : '';
      if (/^\d{1,6}$/.test(digits)) blocks.push({ kind: 'image', index: Number(digits) });
    }
    // Any other element (a, span, em, table, ul…) is dropped and its text kept.
  };

  const closeTag = (tag: string) => {
    if (BLOCK_TAGS.has(tag)) {
      flush();
      role = 'body';
    } else if (BOLD_TAGS.has(tag)) boldDepth = Math.max(0, boldDepth - 1);
  };

  let position = 0;
  while (position < html.length) {
    const next = html.indexOf('<', position);
    const textEnd = next === -1 ? html.length : next;
    if (textEnd > position && !skipping) pieces.push({ text: decodeEntities(html.slice(position, textEnd)), bold: boldDepth > 0 });
    if (next === -1) break;
    TAG.lastIndex = next;
    const match = TAG.exec(html);
    if (!match) {
      // mammoth escapes every "<" in text, so a bare one is not markup we understand: drop it.
      position = next + 1;
      continue;
    }
    position = TAG.lastIndex;
    const closing = match[1] === '/';
    const tag = (match[2] ?? '').toLowerCase();
    const selfClosing = match[0].endsWith('/>');
    if (skipping) {
      if (tag === skipping.tag && !selfClosing) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = undefined;
      continue;
    }
    if (closing) closeTag(tag);
    else openTag(tag, attributes(match[3] ?? ''), selfClosing);
  }
  flush();
  return blocks;
}
