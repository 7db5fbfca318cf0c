// Collect: an article document → its parts in reading order (headline group, body items).
// The dateline (电头) joins the paragraph after it, where it is set in its own face.
import { nodeText, type Article } from '../model/article';

export type BodyItem =
  /** `continued`: the rest of a paragraph carried into the next block of a chain (no indent). */
  | { kind: 'paragraph'; dateline: string; text: string; continued?: boolean }
  | { kind: 'subhead'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'signature'; text: string }
  | { kind: 'photo'; caption: string; credit: string; assetId: string | null };

export interface ArticleParts {
  kicker: string;
  headline: string;
  subtitle: string;
  body: BodyItem[];
}

export function collectArticle(article: Pick<Article, 'content'>): ArticleParts {
  const parts: ArticleParts = { kicker: '', headline: '', subtitle: '', body: [] };
  let dateline = '';
  for (const node of article.content) {
    const text = nodeText(node);
    switch (node.type) {
      case 'kicker':
      case 'headline':
      case 'subtitle':
        parts[node.type] = parts[node.type] ? `${parts[node.type]}${text}` : text;
        break;
      case 'dateline':
        dateline = text.trim();
        break;
      case 'paragraph':
        if (text.trim() === '' && !dateline) break;
        parts.body.push({ kind: 'paragraph', dateline, text: text.trim() });
        dateline = '';
        break;
      case 'photo':
        parts.body.push({ kind: 'photo', caption: text.trim(), credit: node.credit.trim(), assetId: node.assetId });
        break;
      default:
        if (text.trim() !== '') parts.body.push({ kind: node.type, text: text.trim() });
    }
  }
  // A dateline with no paragraph after it still prints.
  if (dateline) parts.body.push({ kind: 'paragraph', dateline, text: '' });
  return parts;
}
