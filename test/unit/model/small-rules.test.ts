// The small rules of the model that other tests only reach in passing: what a waiver covers and
// what it may hold, the shape of an issue id, and how untrusted JSON is told apart (cut short,
// malformed, or carrying keys that could pollute prototypes).
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/model/errors';
import { issueIdSchema } from '../../../shared/model/issue-id';
import { MAX_WAIVER_REASON, preflightWaiverSchema, waives, type PreflightWaiver } from '../../../shared/model/preflight-waiver';
import { parseJsonSafely } from '../../../shared/model/safe-json';

const waiver: PreflightWaiver = {
  rule: 'emptyLines',
  page: 'A3',
  blockId: 'p3-b2',
  reason: '版面留白作图片说明',
  by: '周编辑',
  at: '2025-05-08T09:00:00.000Z',
};

describe('a preflight waiver', () => {
  it('covers only the problem of its rule, on its page, in its block', () => {
    expect(waives(waiver, { rule: 'emptyLines', page: 'A3', blockId: 'p3-b2' })).toBe(true);
    expect(waives(waiver, { rule: 'overflow', page: 'A3', blockId: 'p3-b2' })).toBe(false);
    expect(waives(waiver, { rule: 'emptyLines', page: 'A4', blockId: 'p3-b2' })).toBe(false);
    expect(waives(waiver, { rule: 'emptyLines', page: 'A3', blockId: 'p3-b3' })).toBe(false);
    // A waiver for a block does not waive the page's own problem, nor the other way round.
    expect(waives(waiver, { rule: 'emptyLines', page: 'A3', blockId: null })).toBe(false);
    expect(waives({ ...waiver, blockId: null }, { rule: 'emptyLines', page: 'A3', blockId: null })).toBe(true);
  });

  it('needs a reason of 1 to 200 characters, counted after trimming', () => {
    expect(preflightWaiverSchema.parse({ ...waiver, reason: '  留白  ' }).reason).toBe('留白');
    const blank = preflightWaiverSchema.safeParse({ ...waiver, reason: '   ' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]?.message).toBe('请填写豁免理由');
    expect(preflightWaiverSchema.safeParse({ ...waiver, reason: '字'.repeat(MAX_WAIVER_REASON) }).success).toBe(true);
    expect(preflightWaiverSchema.safeParse({ ...waiver, reason: '字'.repeat(MAX_WAIVER_REASON + 1) }).success).toBe(false);
  });

  it('names a known rule, a page label of 1 to 8 characters and a block id of safe characters', () => {
    expect(preflightWaiverSchema.safeParse({ ...waiver, rule: 'looksFine' }).success).toBe(false);
    expect(preflightWaiverSchema.safeParse({ ...waiver, page: '' }).success).toBe(false);
    expect(preflightWaiverSchema.safeParse({ ...waiver, page: 'A1234567' }).success).toBe(true);
    expect(preflightWaiverSchema.safeParse({ ...waiver, page: 'A12345678' }).success).toBe(false);
    expect(preflightWaiverSchema.safeParse({ ...waiver, blockId: '../p3' }).success).toBe(false);
    expect(preflightWaiverSchema.safeParse({ ...waiver, blockId: 'b'.repeat(64) }).success).toBe(true);
    expect(preflightWaiverSchema.safeParse({ ...waiver, blockId: 'b'.repeat(65) }).success).toBe(false);
    expect(preflightWaiverSchema.safeParse({ ...waiver, blockId: 'p3-b2 x' }).success).toBe(false);
  });

  it('records who, at most 100 characters, and when, as an ISO time; nothing else', () => {
    expect(preflightWaiverSchema.safeParse({ ...waiver, by: '编'.repeat(100) }).success).toBe(true);
    expect(preflightWaiverSchema.safeParse({ ...waiver, by: '编'.repeat(101) }).success).toBe(false);
    expect(preflightWaiverSchema.safeParse({ ...waiver, at: '2025年5月8日' }).success).toBe(false);
    expect(preflightWaiverSchema.safeParse({ ...waiver, extra: 1 }).success).toBe(false);
  });
});

describe('an issue id', () => {
  it('is the date and the issue number: yyyy-mm-dd-N with 1 to 4 digits', () => {
    for (const id of ['2025-05-09-14', '2025-05-09-1', '2025-05-09-4369']) expect(issueIdSchema.safeParse(id).success).toBe(true);
    for (const id of [
      '2025-5-09-14',
      '2025-05-09-',
      '2025-05-09-43690',
      '2025-05-09',
      'x2025-05-09-14',
      '2025-05-09-14x',
      '2025-05-09-1a',
    ]) {
      const result = issueIdSchema.safeParse(id);
      expect(result.success, id).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('期次编号格式不正确');
    }
  });
});

function refusal(text: string): DomainError {
  try {
    parseJsonSafely(text, '期次文件');
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`expected a refusal of ${text}`);
}

describe('untrusted JSON', () => {
  it('calls an empty text or one whose brackets never close truncated, naming the file', () => {
    expect(refusal('').code).toBe('FILE_TRUNCATED');
    expect(refusal(' \n\t ').message).toBe('期次文件是空的，可能在写入时被中断，已拒绝打开。');
    for (const text of ['{"a":1', '[1,[2]', '{"a":"b', '{"a":[{"b":1}']) expect(refusal(text).code, text).toBe('FILE_TRUNCATED');
    expect(refusal('{"a":1').message).toBe('期次文件不完整（内容被截断），已拒绝打开，原文件保持不变。');
  });

  it('does not count brackets or escaped quotes inside strings', () => {
    // Balanced outside the strings, so broken rather than cut short.
    expect(refusal('{"a":"{[["}}').code).toBe('FILE_MALFORMED');
    expect(refusal('{"a":"\\"{"}}').code).toBe('FILE_MALFORMED');
    // An escaped backslash ends before the quote: the string closes there, the object does not.
    expect(refusal('{"a":"\\\\"').code).toBe('FILE_TRUNCATED');
    // A string still open at the end is cut short, whatever its brackets.
    expect(refusal('{"a":"}]').code).toBe('FILE_TRUNCATED');
  });

  it('calls other broken text malformed, naming the file', () => {
    for (const text of ['{"a":}', '{a:1}', '[1,]', 'nul', '{"a":1}}']) expect(refusal(text).code, text).toBe('FILE_MALFORMED');
    expect(refusal('{"a":}').message).toBe('期次文件不是有效的 JSON 格式，已拒绝打开，原文件保持不变。');
  });

  it('refuses the keys that could pollute prototypes, at any depth, and names the key', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const error = refusal(`{"a":[{"${key}":{"x":1}}]}`);
      expect(error.code).toBe('FILE_UNSAFE_KEYS');
      expect(error.message).toContain(`“${key}”`);
    }
    expect(parseJsonSafely('{"constructors":1,"proto":2}', '期次文件')).toEqual({ constructors: 1, proto: 2 });
  });

  it('parses surrounding white space away', () => {
    expect(parseJsonSafely('\n  [1, 2]\n', '期次文件')).toEqual([1, 2]);
  });
});
