// How an untrusted file becomes a document: anything that is not an object of the right kind and
// a known version is refused with a code and a Chinese message naming the file, older versions are
// upgraded before checking, and a refusal lists its first problems by field so people can act.
import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../../../shared/model/default-profile';
import { createIssue } from '../../../shared/model/issue-factory';
import { DOCUMENT_LABELS, validateDocument } from '../../../shared/model/validate';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { CHINESE, refusal } from './schema-cases';

const issue = createIssue(defaultProfile(), { number: 21, totalNumber: 5120, date: '2025-06-03' });
const plain = (): Record<string, unknown> => structuredClone(issue) as unknown as Record<string, unknown>;

describe('validating a document', () => {
  it.each([null, [], [issue], 'issue', 3, true, undefined])('refuses %j as not an object, naming the file', (data) => {
    const error = refusal(() => validateDocument('issue', data));
    expect(error.code).toBe('FILE_INVALID');
    expect(error.message).toMatch(CHINESE);
    expect(error.message).toContain(DOCUMENT_LABELS.issue);
    // the whole content is wrong, so the refusal must not send people looking for a version number
    expect(error.message).not.toContain('schemaVersion');
    expect(refusal(() => validateDocument('issue', data, '第五版')).message).toContain('第五版');
  });

  it('refuses a file of another kind, naming the kind it holds', () => {
    const error = refusal(() => validateDocument('issue', { ...plain(), kind: 'article' }));
    expect(error.code).toBe('FILE_INVALID');
    expect(error.message).toMatch(CHINESE);
    expect(error.message).toContain(DOCUMENT_LABELS.issue);
    expect(error.message).toContain('article');
  });

  it.each([undefined, 0, -1, 1.5, '3', null])('refuses schemaVersion %j as no valid version', (version) => {
    const error = refusal(() => validateDocument('issue', { ...plain(), schemaVersion: version }));
    expect(error.code).toBe('FILE_INVALID');
    expect(error.message).toMatch(CHINESE);
    expect(error.message).toContain(DOCUMENT_LABELS.issue);
    expect(error.message).toContain('schemaVersion');
  });

  it('accepts a current file as it is', () => {
    const { value, fromVersion } = validateDocument('issue', plain());
    expect(fromVersion).toBe(SCHEMA_VERSION);
    expect(value).toEqual(issue);
  });

  it('does not supply the kind of a current file that lacks it', () => {
    const { kind: _kind, ...rest } = plain();
    expect(refusal(() => validateDocument('issue', rest)).code).toBe('FILE_INVALID');
  });

  it('upgrades an older file, taking its kind from what was asked for, and reports its version', () => {
    const { kind: _kind, rev: _rev, ...rest } = plain();
    const { value, fromVersion } = validateDocument('issue', { ...rest, schemaVersion: 2 });
    expect(fromVersion).toBe(2);
    expect(value.kind).toBe('issue');
    expect(value.rev).toBe(1);
    expect(value.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('opens a file from the first format version', () => {
    const { fromVersion, value } = validateDocument('issue', { ...plain(), schemaVersion: 1 });
    expect(fromVersion).toBe(1);
    expect(value.pages).toHaveLength(issue.pages.length);
  });

  it('names each problem by its field path, and a problem of the whole file by a label of its own', () => {
    const data = plain();
    const pages = data['pages'] as Record<string, unknown>[];
    (pages[0] as Record<string, unknown>)['label'] = 42;
    const field = refusal(() => validateDocument('issue', data));
    expect(field.code).toBe('FILE_INVALID');
    expect(field.message).toMatch(CHINESE);
    expect(field.detail).toMatch(/^pages\.0\.label：/);
    expect(field.message).toContain(field.detail);

    const root = refusal(() => validateDocument('issue', { ...plain(), unexpected: true }));
    expect(root.detail).toMatch(/^[^：\s]+：/);
    expect(root.detail).not.toMatch(/^pages/);
  });

  it('lists at most three problems, separated so each can be read', () => {
    const data = plain();
    for (const page of data['pages'] as Record<string, unknown>[]) page['label'] = 0;
    const error = refusal(() => validateDocument('issue', data));
    const problems = (error.detail ?? '').split('；');
    expect(problems).toHaveLength(3);
    for (const [index, problem] of problems.entries()) expect(problem).toMatch(new RegExp(`^pages\\.${index}\\.label：`));
  });
});
