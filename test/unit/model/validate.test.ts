import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../../../shared/model/default-profile';
import { createIssue } from '../../../shared/model/issue-factory';
import { parseJsonSafely } from '../../../shared/model/safe-json';
import { parseDocument, validateDocument } from '../../../shared/model/validate';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { refusal } from './schema-cases';

const issue = createIssue(defaultProfile(), { number: 14, totalNumber: 4369, date: '2025-05-09' });
const issueText = JSON.stringify(issue);

describe('document validation', () => {
  it('accepts a current issue', () => {
    const { value, fromVersion } = parseDocument('issue', issueText);
    expect(fromVersion).toBe(SCHEMA_VERSION);
    expect(value.pages.map((page) => page.label)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
  });

  it('refuses a truncated file as truncated', () => {
    const error = refusal(() => parseDocument('issue', issueText.slice(0, issueText.length / 2)));
    expect(error.code).toBe('FILE_TRUNCATED');
    expect(error.message).toMatch(/截断/);
    expect(refusal(() => parseDocument('issue', '   ')).code).toBe('FILE_TRUNCATED');
  });

  it('refuses malformed JSON', () => {
    const error = refusal(() => parseDocument('issue', '{"kind": "issue",, }'));
    expect(error.code).toBe('FILE_MALFORMED');
    expect(error.message).toMatch(/JSON/);
  });

  it('refuses a file written by a newer version', () => {
    const error = refusal(() => parseDocument('issue', JSON.stringify({ ...issue, schemaVersion: SCHEMA_VERSION + 1 })));
    expect(error.code).toBe('FILE_NEWER_VERSION');
    expect(error.message).toMatch(/升级/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the prototype-pollution key %s at any depth', (key) => {
    const text = issueText.replace('"pages":[', `"pages":[],"x":{"${key}":{"polluted":true}},"ignored":[`);
    const error = refusal(() => parseDocument('issue', text));
    expect(error.code).toBe('FILE_UNSAFE_KEYS');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses data of the wrong kind or without a version', () => {
    expect(refusal(() => validateDocument('article', issue)).code).toBe('FILE_INVALID');
    expect(refusal(() => validateDocument('issue', { ...issue, schemaVersion: undefined })).code).toBe('FILE_INVALID');
    expect(refusal(() => validateDocument('issue', [])).code).toBe('FILE_INVALID');
  });

  it('names the field that is wrong', () => {
    const broken = { ...issue, number: -3 };
    const error = refusal(() => validateDocument('issue', broken));
    expect(error.code).toBe('FILE_INVALID');
    expect(error.message).toContain('number');
  });

  it('refuses a jump link to a block that does not exist', () => {
    const page = issue.pages[1];
    if (!page) throw new Error('no page');
    const withBlock = {
      ...issue,
      pages: [
        issue.pages[0],
        {
          ...page,
          blocks: [
            ...page.blocks,
            {
              kind: 'article',
              id: 'x1',
              col: 0,
              line: 3,
              cols: 4,
              lines: 20,
              articleId: 'sample-a',
              textColumns: 2,
              headline: 'across',
              headlineSize: null,
              headlineLines: null,
              showKicker: true,
              showSubtitle: true,
              continuesIn: 'missing',
            },
          ],
        },
      ],
    };
    expect(refusal(() => validateDocument('issue', withBlock)).message).toMatch(/转版链接/);
  });

  it('parses safe JSON unchanged', () => {
    expect(parseJsonSafely('{"a":[1,{"b":"c"}]}', 'x')).toEqual({ a: [1, { b: 'c' }] });
  });
});
