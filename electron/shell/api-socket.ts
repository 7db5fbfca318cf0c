// One browser connection to the typed API: each text message {id, method, args} is validated and
// run by dispatchCall over the real handlers, and answered with {id, result}.
import type { WebSocket } from 'ws';
import type { ApiEventName, ApiEvents, ApiHandlers } from '../../shared/ipc/contract';
import { dispatchCall } from '../../shared/ipc/dispatch';
import { DomainError, fail, toErrorInfo, type Result } from '../../shared/model/errors';
import { parseJsonSafely } from '../../shared/model/safe-json';

export type RequestId = number | string;

export interface ApiRequest {
  id: RequestId;
  method: unknown;
  args: unknown[];
}

export interface ApiReply {
  id: RequestId | null;
  result: Result<unknown>;
}

function isRequestId(value: unknown): value is RequestId {
  return (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && value.length <= 64);
}

/** Parses one message; a malformed one becomes a DomainError answered like any refused call. */
export function parseApiRequest(text: string): ApiRequest {
  const message = parseJsonSafely(text, '接口请求');
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw new DomainError('INVALID_ARGUMENT', '接口请求的格式不正确，已拒绝。');
  }
  const { id, method, args } = message as Record<string, unknown>;
  if (!isRequestId(id) || !Array.isArray(args)) {
    throw new DomainError('INVALID_ARGUMENT', '接口请求的格式不正确，已拒绝。', 'expected {id, method, args[]}');
  }
  return { id, method, args };
}

/** The id of a request that failed to parse, when it can still be read, so the caller is not left waiting. */
function salvageId(text: string): RequestId | null {
  try {
    const value = (JSON.parse(text) as { id?: unknown }).id;
    return isRequestId(value) ? value : null;
  } catch {
    return null;
  }
}

export async function answerApiMessage(handlers: ApiHandlers, text: string): Promise<ApiReply> {
  let request: ApiRequest;
  try {
    request = parseApiRequest(text);
  } catch (error) {
    return { id: salvageId(text), result: fail(toErrorInfo(error)) };
  }
  return { id: request.id, result: await dispatchCall(handlers, request.method, request.args) };
}

export function serveApiSocket(socket: WebSocket, handlers: ApiHandlers): void {
  socket.on('message', (data, isBinary) => {
    if (isBinary) {
      socket.close(1003, 'text only');
      return;
    }
    const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8');
    void answerApiMessage(handlers, text).then((reply) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply));
    });
  });
}

export function eventMessage<E extends ApiEventName>(name: E, payload: ApiEvents[E]): string {
  return JSON.stringify({ event: name, payload });
}
