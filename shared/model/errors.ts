// Errors that cross process boundaries as values: a stable code for programs, a Chinese
// message for people. Services throw DomainError; IPC and the CLI turn it into { code, message }.

export type ErrorCode =
  | 'FILE_NOT_FOUND'
  | 'FILE_TRUNCATED'
  | 'FILE_MALFORMED'
  | 'FILE_INVALID'
  | 'FILE_NEWER_VERSION'
  | 'FILE_UNSAFE_KEYS'
  | 'FILE_TOO_LARGE'
  /** A write refused because the file would exceed what reading accepts: it could never be opened again. */
  | 'DOCUMENT_TOO_LARGE'
  | 'ASSET_TOO_LARGE'
  | 'ASSET_UNSUPPORTED'
  /** A photo of more pixels than the workstation decodes (photos/photo-check.ts), refused from its header. */
  | 'ASSET_TOO_MANY_PIXELS'
  /** Bytes that start like a JPEG, PNG or TIFF but do not decode as one. */
  | 'ASSET_DAMAGED'
  | 'PACKAGE_UNSAFE'
  /** A file name that is not UTF-8 (or otherwise unusable), refused as it is. */
  | 'FILE_NAME_INVALID'
  /** Authenticated filing (filing-keys.ts): a key file that is not one, or a key of the wrong length. */
  | 'KEY_FILE_INVALID'
  | 'KEY_FILE_PRIVATE'
  | 'KEY_INVALID'
  | 'KEY_FINGERPRINT_MISMATCH'
  /** The reporter's own key file is damaged; it is never replaced, since a new key is a new identity. */
  | 'SIGNING_KEY_INVALID'
  /** A package whose signature does not verify: changed after signing, or forged. */
  | 'SIGNATURE_INVALID'
  /** A package signed by another key than the one its package id is bound to. */
  | 'PACKAGE_KEY_MISMATCH'
  /** Why a package waits in inbox/held/: no signature, an unregistered key, a revision far ahead. */
  | 'PACKAGE_UNSIGNED'
  | 'REPORTER_UNKNOWN'
  | 'REVISION_JUMP'
  /** A held package the desk refused. */
  | 'HELD_REJECTED'
  | 'HELD_NOT_FOUND'
  | 'WORKSPACE_EXISTS'
  | 'WORKSPACE_MISSING'
  | 'WORKSPACE_LOCKED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_ARGUMENT'
  | 'INVALID_TRANSITION'
  /** An issue saved from a revision that is no longer the stored one: someone saved it meanwhile. */
  | 'ISSUE_CONFLICT'
  /** An issue that would place an article in a second block (not a continuation), or on a second issue. */
  | 'ARTICLE_PLACED_TWICE'
  /** A date outside 1900-01-01 … 2999-12-31 (see calendar.ts). */
  | 'DATE_OUT_OF_RANGE'
  /** A long operation (an export) stopped at the user's request. */
  | 'CANCELLED'
  /** 印前检查 found errors nobody waived: the export is refused (kfq export --force overrides). */
  | 'PREFLIGHT_ERRORS'
  /** The operation needs something this shell does not have (a system dialog in the browser). */
  | 'UNSUPPORTED'
  /** An edit refused because the workstation has no user name to credit it to (工作站设置). */
  | 'USER_NAME_MISSING'
  /** The audit trail's chain does not hold: a line was changed, removed or inserted. */
  | 'AUDIT_LOG_BROKEN'
  /** A change landed but its line could not be appended to the audit trail. */
  | 'AUDIT_LOG_FAILED'
  | 'INTERNAL';

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Extra detail for logs and tests (file path, field path); never needed to understand the message. */
  detail?: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, message: string, detail?: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.detail = detail;
  }

  toInfo(): ErrorInfo {
    return this.detail === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, detail: this.detail };
  }
}

/** Any thrown value as an ErrorInfo; unknown failures keep their text in `detail`. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof DomainError) return error.toInfo();
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: '操作失败：程序内部错误，请重试或联系技术人员。', detail };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: ErrorInfo): Result<T> {
  return { ok: false, error };
}
