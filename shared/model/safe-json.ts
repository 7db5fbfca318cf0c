// Parsing of untrusted JSON text (workspace files, packages, IPC payloads). A file that is cut
// short, malformed or carries prototype-pollution keys is refused with a DomainError.
import { DomainError } from './errors';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses JSON text and refuses keys that could pollute prototypes when merged into objects. */
export function parseJsonSafely(text: string, what: string): unknown {
  const trimmed = text.trim();
  if (trimmed.length === 0) {
    throw new DomainError('FILE_TRUNCATED', `${what}是空的，可能在写入时被中断，已拒绝打开。`);
  }
  let unsafeKey: string | undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed, function reviver(key, value: unknown) {
      if (FORBIDDEN_KEYS.has(key)) unsafeKey = key;
      return value;
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (looksTruncated(trimmed)) {
      throw new DomainError('FILE_TRUNCATED', `${what}不完整（内容被截断），已拒绝打开，原文件保持不变。`, detail);
    }
    throw new DomainError('FILE_MALFORMED', `${what}不是有效的 JSON 格式，已拒绝打开，原文件保持不变。`, detail);
  }
  if (unsafeKey !== undefined) {
    throw new DomainError('FILE_UNSAFE_KEYS', `${what}含有不安全的字段名“${unsafeKey}”，可能是恶意文件，已拒绝打开。`, unsafeKey);
  }
  return parsed;
}

/** A JSON text whose brackets never close was most likely cut off while being written. */
function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}
