// Picks the transport: Electron's preload bridge when present, else the browser shell's WebSocket.
import type { RendererApi } from './api-types';
import { createSocketApi, shellSocketUrl, takeShellToken } from './socket-api';

export function connectApi(): RendererApi {
  if (window.kfq) return window.kfq;
  return createSocketApi(shellSocketUrl(window.location, takeShellToken(window)));
}
