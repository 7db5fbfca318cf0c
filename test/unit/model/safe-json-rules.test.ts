// How an unreadable JSON file is classified: cut short (likely an interrupted write) or broken.
// The two get different advice for the user, so strings must be read exactly as JSON reads them.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/model/errors';
import { parseJsonSafely } from '../../../shared/model/safe-json';

describe('untrusted JSON cut short or broken', () => {
  const code = (text: string): string => {
    try {
      parseJsonSafely(text, '期次文件');
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
    throw new Error('parsed');
  };

  it('calls text malformed when an empty string closes and the brackets over-close', () => {
    // The empty string's closing quote is a real quote, so nothing is left open.
    expect(code('["", 1]]')).toBe('FILE_MALFORMED');
    expect(code('"" x')).toBe('FILE_MALFORMED');
  });
});
