// Picks the transport: Electron's preload bridge when present, else the browser shell's WebSocket.
import type { RendererApi } from './api-types';
import { createSocketApi, socketUrlFromLocation } from './socket-api';

export function connectApi(): RendererApi {
  return window.kfq ?? createSocketApi(socketUrlFromLocation(window.location));
}
