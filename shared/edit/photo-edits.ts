// Edits of a photo block: which picture it shows (a photo dropped on it) and its crop.
import { assetIdSchema } from '../model/article';
import type { Issue, PhotoBlock } from '../model/issue';
import { photoCropSchema } from '../photo/photo-crop';
import type { EditCommand, EditOutcome } from './edit-commands';
import type { EditContext } from './edit-context';
import { findBlock, replaceBlocks } from './issue-blocks';
import { nameOf, refuse, unknownBlock } from './refusals';

type Command<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

function photoBlock(context: EditContext, issue: Issue, blockId: string): PhotoBlock | EditOutcome {
  const found = findBlock(issue, blockId);
  if (!found) return unknownBlock(blockId);
  if (found.block.kind === 'photo') return found.block;
  return refuse('NOT_PHOTO_BLOCK', `版块${nameOf(context.options, found.block)}不是图片版块，不能放入图片或裁切。`);
}

/** Puts a picture in the frame (null: empties it); a new picture starts uncropped. */
export function setPhoto(context: EditContext, issue: Issue, command: Command<'setPhoto'>): EditOutcome {
  const block = photoBlock(context, issue, command.blockId);
  if ('ok' in block) return block;
  const { assetId } = command;
  if (assetId !== null && !assetIdSchema.safeParse(assetId).success) return refuse('PHOTO', `图片编号 ${assetId} 格式不正确，未放入图片。`);
  const crop = command.crop ?? undefined;
  if (crop !== undefined && !photoCropSchema.safeParse(crop).success)
    return refuse('PHOTO', '裁切数值超出范围（放大 1–8 倍，中心在图内），未修改裁切。');
  const { crop: _old, ...rest } = block;
  const changed: PhotoBlock = { ...rest, assetId, ...(crop ? { crop } : {}) };
  return {
    ok: true,
    issue: replaceBlocks(issue, [changed]),
    inverse: { type: 'setPhoto', blockId: block.id, assetId: block.assetId, crop: block.crop ?? null },
  };
}
