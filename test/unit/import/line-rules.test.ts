// The line-level rules — 电头 and byline, signatures, photo credits, jump lines — on inputs
// written for these tests.
import { describe, expect, it } from 'vitest';
import { isJumpLine, splitLeadingJump, splitTrailingJump } from '../../../shared/import/jump-lines';
import { authorOf, isSignatureText, splitDateline, splitTrailingSignature } from '../../../shared/import/name-patterns';
import { isCreditText, splitTrailingCredit } from '../../../shared/import/photo-credits';

describe('电头 and byline', () => {
  it('splits the dateline, one or more bylines and the text', () => {
    expect(splitDateline('科学导报讯 记者周文远 新区今年开工项目二十个。')).toEqual({
      dateline: '科学导报讯',
      byline: '记者周文远',
      rest: ' 新区今年开工项目二十个。',
    });
    expect(splitDateline('科学导报讯 记者周文远 通讯员韩一鸣 新区开工。')?.byline).toBe('记者周文远 通讯员韩一鸣');
    expect(splitDateline('科学导报 近日，新区开工。')).toEqual({ dateline: '科学导报', byline: '', rest: ' 近日，新区开工。' });
    expect(splitDateline('科学导报讯（记者 周文远）新区开工。')?.byline).toBe('（记者 周文远）');
    expect(splitDateline('科学导报讯 记者：周文远 新区开工。')?.byline).toBe('记者：周文远');
  });

  it('takes no byline when no space ends the name, and no dateline from other words', () => {
    expect(splitDateline('科学导报讯 记者周文远新区开工。')?.byline).toBe('');
    expect(splitDateline('科学导报社主办的论坛开幕。')).toBeNull();
  });

  it('files an article under the byline’s names, else the signature’s', () => {
    expect(authorOf('记者周文远 通讯员韩一鸣', '')).toBe('周文远 韩一鸣');
    expect(authorOf('（记者 周文远）', '')).toBe('周文远');
    expect(authorOf('', '韩一鸣')).toBe('韩一鸣');
  });
});

describe('signatures and credits', () => {
  it('recognises names by their surnames, alone or after a role', () => {
    expect(isSignatureText('周文远')).toBe(true);
    expect(isSignatureText('周文远 韩一鸣')).toBe(true);
    expect(isSignatureText('本报记者 张强')).toBe(true);
    expect(isSignatureText('欧阳明华')).toBe(true);
    for (const word of ['周刊', '青河区', '我们', '新引擎', '记者']) expect(isSignatureText(word), word).toBe(false);
  });

  it('splits a signature set after the last sentence with a space', () => {
    expect(splitTrailingSignature('园区提质增效。 周文远')).toEqual(['园区提质增效。', '周文远']);
    expect(splitTrailingSignature('园区提质增效。周文远')).toBeNull();
    expect(splitTrailingSignature('园区提质增效。 我们')).toBeNull();
  });

  it('recognises photo credits and splits them off a caption', () => {
    expect(isCreditText('■ 周文远摄')).toBe(true);
    expect(isCreditText('本报记者 张强 摄')).toBe(true);
    expect(isCreditText('某某经济开发区供图')).toBe(true);
    expect(isCreditText('立即拍摄')).toBe(false);
    expect(splitTrailingCredit('工人在调试设备。 ■ 周文远摄')).toEqual(['工人在调试设备。 ', '■ 周文远摄']);
    expect(splitTrailingCredit('工人在调试设备。 韩一鸣摄')).toEqual(['工人在调试设备。', '韩一鸣摄']);
  });
});

describe('jump lines', () => {
  it('recognises jump lines with or without brackets', () => {
    for (const line of ['（下转A3版）', '(上接 B2 版)', '下转第3版', '上接A1版']) expect(isJumpLine(line), line).toBe(true);
    expect(isJumpLine('下转A3版的报道')).toBe(false);
  });

  it('splits a jump off the paragraph it ends or opens', () => {
    expect(splitTrailingJump('签署合作协议。(下转A3版)')).toEqual(['签署合作协议。', '(下转A3版)']);
    expect(splitTrailingJump('签署合作协议。下转A3版')).toEqual(['签署合作协议。', '下转A3版']);
    expect(splitTrailingJump('详见第二版转3版')).toBeNull();
    expect(splitLeadingJump('（上接A1版）园区随后推进。')).toEqual(['（上接A1版）', '园区随后推进。']);
  });
});
