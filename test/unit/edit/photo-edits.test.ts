// A photo block's picture and crop as edits: what each sets, what it refuses (in Chinese, nothing
// changed), and that undo gives the frame back exactly, crop included.
import { describe, expect, it } from 'vitest';
import { describeEdit } from '../../../shared/edit';
import type { PhotoBlock } from '../../../shared/model/issue';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { A2, applied, block, refused } from './edit-assertions';
import { frame, issueWith } from './edit-fixtures';

const PHOTO = `${'a'.repeat(64)}.jpg`;
const OTHER = `${'b'.repeat(64)}.png`;

const photo: PhotoBlock = {
  kind: 'photo',
  id: 'p',
  col: gridColumns(0),
  line: gridLines(40),
  cols: gridColumns(4),
  lines: gridLines(20),
  assetId: null,
  caption: '图说',
  credit: '■ 本报记者 摄',
};

describe('photo edits', () => {
  const issue = issueWith([
    [A2, photo],
    [A2, frame('a', 'art-1')],
  ]);

  it('puts a picture in an empty frame, uncropped, and takes it out again', () => {
    const filled = applied(issue, { type: 'setPhoto', blockId: 'p', assetId: PHOTO, crop: null });
    expect(block(filled, 'p')).toEqual({ ...photo, assetId: PHOTO });
    const cropped = applied(filled, { type: 'setPhoto', blockId: 'p', assetId: PHOTO, crop: { zoom: 2, centerX: 0.3, centerY: 0.6 } });
    expect(block(cropped, 'p')).toMatchObject({ assetId: PHOTO, crop: { zoom: 2, centerX: 0.3, centerY: 0.6 } });
    // Another picture dropped on a cropped frame starts uncropped: the old crop belonged to the old picture.
    const replaced = applied(cropped, { type: 'setPhoto', blockId: 'p', assetId: OTHER, crop: null });
    expect(block(replaced, 'p')).not.toHaveProperty('crop');
    expect(block(applied(replaced, { type: 'setPhoto', blockId: 'p', assetId: null, crop: null }), 'p')).toEqual(photo);
  });

  it('refuses other blocks, malformed picture names and crops out of range', () => {
    expect(refused(issue, { type: 'setPhoto', blockId: 'a', assetId: PHOTO, crop: null }).code).toBe('NOT_PHOTO_BLOCK');
    expect(refused(issue, { type: 'setPhoto', blockId: 'gone', assetId: PHOTO, crop: null }).code).toBe('UNKNOWN_BLOCK');
    expect(refused(issue, { type: 'setPhoto', blockId: 'p', assetId: '../../etc/passwd', crop: null })).toEqual({
      code: 'PHOTO',
      message: '图片编号 ../../etc/passwd 格式不正确，未放入图片。',
    });
    for (const crop of [
      { zoom: 0.5, centerX: 0.5, centerY: 0.5 },
      { zoom: 9, centerX: 0.5, centerY: 0.5 },
      { zoom: 2, centerX: 1.5, centerY: 0.5 },
    ]) {
      expect(refused(issue, { type: 'setPhoto', blockId: 'p', assetId: PHOTO, crop }).code).toBe('PHOTO');
    }
  });

  it('reads in the undo button as what it did', () => {
    expect(describeEdit({ type: 'setPhoto', blockId: 'p', assetId: PHOTO, crop: null })).toBe('放入图片');
    expect(describeEdit({ type: 'setPhoto', blockId: 'p', assetId: PHOTO, crop: { zoom: 2, centerX: 0.5, centerY: 0.5 } })).toBe(
      '裁切图片',
    );
    expect(describeEdit({ type: 'setPhoto', blockId: 'p', assetId: null, crop: null })).toBe('取出图片');
  });
});
