// The layout edits a desk makes on the pages of an issue, as plain data: each one is checked
// against the grid and the issue's rules by applyEdit, which returns the new issue and the
// command that undoes it. Nothing here holds state; the page editor's store keeps the history.
import type { Block, Issue, Page } from '../model/issue';
import type { PreflightWaiver } from '../model/preflight-waiver';
import type { PhotoCrop } from '../photo/photo-crop';

export type EditCommand =
  /** index: position in page.blocks (default: the end, i.e. drawn on top). */
  | { type: 'addBlock'; pageId: string; block: Block; index?: number }
  | { type: 'moveBlock'; blockId: string; col: number; line: number }
  | { type: 'resizeBlock'; blockId: string; col: number; line: number; cols: number; lines: number }
  | { type: 'removeBlock'; blockId: string }
  /** 破栏/合栏: the text columns an article block is set in. */
  | { type: 'setTextColumns'; blockId: string; textColumns: number }
  /** size in pt (null: the profile's headline style); lines (null: as many as it takes). */
  | { type: 'setHeadline'; blockId: string; size: number | null; lines: number | null }
  | { type: 'setHeadings'; blockId: string; showKicker: boolean; showSubtitle: boolean }
  /** Fills an empty frame (and the frames it continues in), or empties it (null). */
  | { type: 'setArticle'; blockId: string; articleId: string | null }
  /** To an empty article frame on another page: sets from.continuesIn and the target's article. */
  | { type: 'linkContinuation'; fromBlockId: string; toBlockId: string }
  /** A photo block's picture (null: an empty frame) and crop (null: covering the frame, centred). */
  | { type: 'setPhoto'; blockId: string; assetId: string | null; crop: PhotoCrop | null }
  /** 豁免: accepts a preflight problem (rule, page, block) with a reason, or withdraws that (null). */
  | {
      type: 'setWaiver';
      target: Pick<PreflightWaiver, 'rule' | 'page' | 'blockId'>;
      waiver: Pick<PreflightWaiver, 'reason' | 'by' | 'at'> | null;
    }
  /** The article ends in this block again; the frames it continued in are empty again. */
  | { type: 'unlinkContinuation'; fromBlockId: string }
  /** Atomic: every command applies, in order, or none does. */
  | { type: 'batch'; commands: EditCommand[] }
  /**
   * Puts pages back as they were (matched by id). Produced as the inverse of an edit on data that
   * no other command can restore exactly (e.g. a link to a block that no longer exists).
   */
  | { type: 'restorePages'; pages: Page[] };

export type EditCommandType = EditCommand['type'];

export type EditRefusalCode =
  | 'UNKNOWN_BLOCK'
  | 'UNKNOWN_PAGE'
  | 'DUPLICATE_BLOCK_ID'
  | 'NOT_WHOLE_CELLS'
  | 'OUTSIDE_AREA'
  | 'OVERLAP'
  | 'BAD_INDEX'
  | 'NOT_ARTICLE_BLOCK'
  | 'NOT_PHOTO_BLOCK'
  | 'PHOTO'
  | 'WAIVER'
  | 'TEXT_COLUMNS'
  | 'HEADLINE'
  | 'ALREADY_PLACED'
  | 'IS_CONTINUATION'
  | 'ALREADY_LINKED'
  | 'NOT_LINKED'
  | 'SAME_PAGE'
  | 'TARGET_NOT_EMPTY'
  | 'CYCLE'
  | 'NO_ROOM'
  | 'INVALID_ISSUE';

/** Why an edit was not made; `message` is Chinese, for the desk, and says nothing changed. */
export interface EditRefusal {
  code: EditRefusalCode;
  message: string;
}

export type EditOutcome = { ok: true; issue: Issue; inverse: EditCommand } | { ok: false; refusal: EditRefusal };

export interface EditOptions {
  /** How a block is named in refusal messages (e.g. by its article's headline); default: kind and place. */
  blockName?: (block: Block) => string;
  /**
   * Only what the grid allows, for a preview shown while dragging: the result is not validated
   * against the schema and the inverse not proven. The drop runs the command again in full.
   */
  preview?: boolean;
}
