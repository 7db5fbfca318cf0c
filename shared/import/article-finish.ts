// Last stage: a drafted article becomes an ImportedArticle — headline group split, 电头 and byline
// taken off the first paragraph, and every field cleaned up.
import type { DraftArticle } from './article-assembly';
import { splitHeadlineGroup } from './headline-group';
import type { ImportedArticle, ImportedBodyItem, ImportMarker } from './imported-article';
import { splitDateline } from './name-patterns';
import { cleanCredit } from './photo-credits';
import { cleanBodyText, cleanTitleText } from './text-cleanup';
import { replaceWhitespaceRuns } from './whitespace';

export function finishArticle(draft: DraftArticle): ImportedArticle {
  const group = draft.photoTitle ? { kicker: '', headline: draft.photoTitle, subtitle: '' } : splitHeadlineGroup(draft.titles);
  let dateline = '';
  let byline = '';
  const body: ImportedBodyItem[] = [];
  const firstParagraph = draft.body.findIndex((item) => item.kind === 'paragraph');
  draft.body.forEach((item, index) => {
    if (item.kind === 'caption') {
      const image = item.image === undefined ? {} : { image: item.image };
      body.push({ kind: 'caption', text: cleanBodyText(item.text), credit: cleanCredit(item.credit), assetId: null, ...image });
      return;
    }
    let text = item.text;
    if (index === firstParagraph) {
      const split = splitDateline(text);
      if (split) {
        dateline = split.dateline;
        byline = split.byline;
        text = split.rest;
      }
    }
    // Subheads keep the space between their two halves, as headlines do.
    const cleaned = item.kind === 'subhead' ? cleanTitleText(text) : cleanBodyText(text);
    if (cleaned !== '') body.push({ kind: item.kind, text: cleaned });
  });
  return {
    kicker: cleanTitleText(group.kicker),
    headline: cleanTitleText(group.headline),
    subtitle: cleanTitleText(group.subtitle),
    dateline: cleanTitleText(dateline),
    byline: cleanTitleText(byline),
    body,
    signature: cleanTitleText(draft.signature),
    jumps: draft.jumps,
  };
}

/** Markers are reported as printed, only their whitespace tidied: they are notes for the editor, not copy. */
export function cleanMarker(marker: ImportMarker): ImportMarker {
  return { kind: marker.kind, text: replaceWhitespaceRuns(marker.text, ' ').trim() };
}
