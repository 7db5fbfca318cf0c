// Validates a call's raw arguments against the contract and runs its handler, turning every
// outcome into a Result. Both shells (Electron IPC and the browser shell's WebSocket) use this.
import { DomainError, fail, ok, toErrorInfo, type Result } from '../model/errors';
import { apiContract, type ApiHandlers, type ApiMethod, type ApiResults } from './contract';

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiContract, name);
}

export async function dispatchCall(handlers: ApiHandlers, method: unknown, rawArgs: unknown): Promise<Result<ApiResults[ApiMethod]>> {
  if (!isApiMethod(method)) {
    return fail(new DomainError('INVALID_ARGUMENT', '未知的操作请求，已拒绝。', String(method)).toInfo());
  }
  const parsed = apiContract[method].safeParse(rawArgs);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((problem) => `${problem.path.join('.')}: ${problem.message}`)
      .join('; ');
    return fail(new DomainError('INVALID_ARGUMENT', '请求的参数不正确，已拒绝。', `${method}: ${detail}`).toInfo());
  }
  try {
    const handler = handlers[method] as (...args: unknown[]) => Promise<ApiResults[ApiMethod]>;
    return ok(await handler(...(parsed.data as unknown[])));
  } catch (error) {
    return fail(toErrorInfo(error));
  }
}
