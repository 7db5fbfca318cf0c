// Shared by the *-schema tests: a valid document with one field changed, and the verdict of a schema
// on it. A failure names the field and the value, so a broken limit is found without a debugger.
import { expect, it } from 'vitest';
import { DomainError } from '../../../shared/model/errors';
import type { z } from 'zod';

/** Put in place of a value to leave the field out altogether. */
export const REMOVED = Symbol('removed');

/** What the desk reads: a refusal worded for people who edit the paper, in Chinese. */
export const CHINESE = /[\u4e00-\u9fff]/;

/** 64 hex digits using every digit and letter allowed (0…9, a…f), so no shortened range passes them. */
export const HEX64 = '0123456789abcdef'.repeat(4);

/** A string of `length` characters (one UTF-16 unit each, as the schemas count). */
export function chars(length: number, char = '字'): string {
  return char.repeat(length);
}

/** An array of `length` items made by `make` (called with the index, for items that must differ). */
export function items<T>(length: number, make: (index: number) => T): T[] {
  return Array.from({ length }, (_, index) => make(index));
}

/** A copy of `base` with the field at the dotted `path` (array indexes as numbers) set to `value`. */
export function changed<T>(base: T, path: string, value: unknown): T {
  const copy = structuredClone(base);
  const keys = path.split('.');
  const last = keys.pop();
  let target = copy as Record<string, unknown>;
  for (const key of keys) {
    const next = target[key];
    if (typeof next !== 'object' || next === null) throw new Error(`the fixture has no field ${path}`);
    target = next as Record<string, unknown>;
  }
  if (last === undefined) throw new Error('empty path');
  if (value === REMOVED) delete target[last];
  else target[last] = value;
  return copy;
}

export function show(value: unknown): string {
  if (value === REMOVED) return '(left out)';
  if (typeof value === 'string' && value.length > 24)
    return `a ${value.length}-character string "${value.slice(0, 12)}…${value.slice(-6)}"`;
  if (Array.isArray(value) && value.length > 3) return `${value.length} items`;
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return JSON.stringify(value) ?? String(value);
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

export function expectAccepted(schema: z.ZodType, value: unknown, what: string): void {
  const result = schema.safeParse(value);
  expect(result.success, `${what} should be accepted, was refused: ${describeIssues(result.error?.issues ?? [])}`).toBe(true);
}

export interface RefusalExpectation {
  /** The refusal must be worded in Chinese. */
  chinese?: boolean;
  /** The refusal must be reported at this field, inside it, or at an object holding it (as unknown keys are). */
  at?: string;
}

export function expectRefused(
  schema: z.ZodType,
  value: unknown,
  what: string,
  expectation: RefusalExpectation = {},
): readonly z.core.$ZodIssue[] {
  const result = schema.safeParse(value);
  expect(result.success, `${what} should be refused`).toBe(false);
  const issues = result.error?.issues ?? [];
  const at = expectation.at;
  if (at !== undefined) {
    const named = issues.some((issue) => {
      const path = issue.path.join('.');
      return path === '' || at === path || at.startsWith(`${path}.`) || path.startsWith(`${at}.`);
    });
    expect(named, `${what}: the refusal should name ${at}, got ${describeIssues(issues)}`).toBe(true);
  }
  if (expectation.chinese) {
    for (const issue of issues) expect(issue.message, `${what}: the refusal should be worded in Chinese`).toMatch(CHINESE);
  }
  return issues;
}

/** One rule of a file format: the values a field may hold and values just outside them. */
export interface FieldRule {
  rule: string;
  path: string;
  accepts: readonly unknown[];
  refuses: readonly unknown[];
  /** The schema words this refusal in Chinese. */
  chinese?: boolean;
}

/** One test per rule, each changing only its field of the valid `base`. */
export function itFollowsFieldRules<T>(schema: z.ZodType, base: T, rules: readonly FieldRule[]): void {
  it.each(rules.map((rule) => [rule.rule, rule] as const))('%s', (_name, rule) => {
    for (const value of rule.accepts) expectAccepted(schema, changed(base, rule.path, value), `${rule.path} = ${show(value)}`);
    for (const value of rule.refuses) {
      expectRefused(schema, changed(base, rule.path, value), `${rule.path} = ${show(value)}`, {
        at: rule.path,
        chinese: rule.chinese ?? false,
      });
    }
  });
}

/** The DomainError `run` throws; any other outcome fails the test. */
export function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
