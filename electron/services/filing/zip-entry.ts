// Decompresses one checked zip entry, never producing more bytes than it declared: a bomb that
// lies about its size is stopped at the declared size, not after it has filled the memory.
import { crc32, inflateRawSync } from 'node:zlib';
import { DomainError } from '../../../shared/model/errors';
import type { ZipEntry } from './zip-directory';

function isTooLarge(error: unknown): boolean {
  return (
    error instanceof RangeError ||
    (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
  );
}

export function readZipEntry(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let bytes: Uint8Array;
  if (entry.method === 0) {
    bytes = data;
  } else {
    try {
      // One byte of room past the declared size tells "exactly as declared" from "more than declared".
      bytes = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      if (isTooLarge(error)) {
        throw new DomainError('PACKAGE_UNSAFE', `稿件包中的“${entry.name}”解压后比声明的大（疑似 zip 炸弹），已拒收。`, entry.name);
      }
      throw new DomainError('FILE_MALFORMED', `稿件包中的“${entry.name}”压缩数据已损坏，已拒收。`, String(error));
    }
  }
  if (bytes.length !== entry.size) {
    const what = bytes.length > entry.size ? '比声明的大（疑似 zip 炸弹）' : '比声明的小（数据不完整）';
    throw new DomainError(
      bytes.length > entry.size ? 'PACKAGE_UNSAFE' : 'FILE_MALFORMED',
      `稿件包中的“${entry.name}”解压后${what}，已拒收。`,
      entry.name,
    );
  }
  if (crc32(bytes) >>> 0 !== entry.crc32) {
    throw new DomainError('FILE_MALFORMED', `稿件包中的“${entry.name}”校验码（CRC）不符，数据已损坏，已拒收。`, entry.name);
  }
  return bytes;
}
