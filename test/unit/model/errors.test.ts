// Errors cross from the services to the window and the command line as plain values. Their code
// must survive the trip unchanged, and an unexpected failure must still reach people as a Chinese
// sentence while its technical text is kept for the log.
import { describe, expect, it } from 'vitest';
import { DomainError, fail, ok, toErrorInfo } from '../../../shared/model/errors';
import { CHINESE } from './schema-cases';

describe('a domain error', () => {
  it('is an Error that names itself in logs and stack traces', () => {
    const error = new DomainError('NOT_FOUND', '找不到这篇稿件。');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(String(error)).toMatch(/^DomainError: /);
  });

  it('becomes a plain value with no detail field when it has none', () => {
    const info = new DomainError('CONFLICT', '稿件已被他人修改。').toInfo();
    expect(info).toStrictEqual({ code: 'CONFLICT', message: '稿件已被他人修改。' });
    expect(Object.keys(info)).not.toContain('detail');
  });

  it('keeps its detail when it has one', () => {
    expect(new DomainError('FILE_INVALID', '文件损坏。', 'pages.0').toInfo()).toStrictEqual({
      code: 'FILE_INVALID',
      message: '文件损坏。',
      detail: 'pages.0',
    });
  });
});

describe('any thrown value as error info', () => {
  it('passes a domain error through unchanged', () => {
    expect(toErrorInfo(new DomainError('CANCELLED', '已取消。'))).toStrictEqual({ code: 'CANCELLED', message: '已取消。' });
  });

  it('reports anything else as an internal error in Chinese, keeping its text as detail', () => {
    const fromError = toErrorInfo(new TypeError('x is undefined'));
    expect(fromError.code).toBe('INTERNAL');
    expect(fromError.message).toMatch(CHINESE);
    expect(fromError.detail).toBe('x is undefined');
    expect(toErrorInfo('disk full')).toMatchObject({ code: 'INTERNAL', detail: 'disk full' });
    expect(toErrorInfo(undefined).message).toMatch(CHINESE);
  });
});

describe('results', () => {
  it('carry either a value or an error', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail({ code: 'INTERNAL', message: '失败。' })).toEqual({ ok: false, error: { code: 'INTERNAL', message: '失败。' } });
  });
});
