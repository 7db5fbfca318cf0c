// One browser connection to the typed API: each text message {id, method, args} is validated and
// run by dispatchCall over the real handlers, and answered with {id, result}. A broken frame or a
// flood closes that connection only; nothing a page sends can end the process.
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
  try {
    return { id: request.id, result: await dispatchCall(handlers, request.method, request.args) };
  } catch (error) {
    // dispatchCall answers refusals itself; this is for what slips past it (a method named by an object without toString).
    return { id: request.id, result: fail(toErrorInfo(error)) };
  }
}

/** Messages a connection may send per second, sustained. */
export const MESSAGES_PER_SECOND = 200;
/** Messages a connection may send at once before the sustained rate applies (two seconds' worth). */
export const MESSAGE_BURST = 400;
/** Answers a connection may leave unread before it is closed. */
const MAX_UNREAD_BYTES = 64 * 1024 * 1024;
/** A socket closed for a fault gets this long to finish the closing handshake before it is dropped. */
const CLOSE_GRACE_MS = 1_000;

/** A token bucket: `burst` tokens, refilled at `perSecond`; each message takes one. */
export class MessageRate {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond = MESSAGES_PER_SECOND,
    private readonly burst = MESSAGE_BURST,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Takes a token for one message; false when the sender is over the rate. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Closes with `code` and drops the connection if the peer does not complete the closing handshake soon. */
function closeForFault(socket: WebSocket, code: number, reason: string): void {
  if (socket.readyState === socket.OPEN) socket.close(code, reason);
  setTimeout(() => socket.terminate(), CLOSE_GRACE_MS).unref();
}

function messageText(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}

export function serveApiSocket(socket: WebSocket, handlers: ApiHandlers, rate = new MessageRate()): void {
  // ws has already answered a protocol fault (bad frame, invalid UTF-8, oversized message) with a
  // close frame; without this listener its 'error' event would be thrown and end the process.
  socket.on('error', () => closeForFault(socket, 1002, ''));
  // Pings count against the rate too: ws answers each with a pong.
  socket.on('ping', () => {
    if (!rate.take()) closeForFault(socket, 1008, 'too many messages');
  });
  socket.on('message', (data, isBinary) => {
    if (socket.readyState !== socket.OPEN) return;
    if (!rate.take()) {
      closeForFault(socket, 1008, 'too many messages');
      return;
    }
    // A page that sends but never reads would make the server buffer its answers without end.
    if (socket.bufferedAmount > MAX_UNREAD_BYTES) {
      closeForFault(socket, 1008, 'answers not read');
      return;
    }
    if (isBinary) {
      closeForFault(socket, 1003, 'text only');
      return;
    }
    void answerApiMessage(handlers, messageText(data))
      .then((reply) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply));
      })
      .catch(() => closeForFault(socket, 1011, 'internal error'));
  });
}

export function eventMessage<E extends ApiEventName>(name: E, payload: ApiEvents[E]): string {
  return JSON.stringify({ event: name, payload });
}
