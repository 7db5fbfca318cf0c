// The app:// protocol: the renderer and the bundled fonts are served from it (never file://), each
// response with the CSP. The scheme must be declared privileged before the app is ready.
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-url';
import { ELECTRON_CSP, HARDENING_HEADERS } from './csp';
import { assetResponse, type AssetRoots } from './static-assets';

/** Standard + secure gives app:// an origin of its own, so 'self', ES modules and fetch work. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

export function serveAppProtocol(roots: AssetRoots): void {
  const headers = { ...HARDENING_HEADERS, 'Content-Security-Policy': ELECTRON_CSP };
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('未找到', { status: 404, headers });
    }
    const asset = await assetResponse(roots, url.pathname, headers, url.searchParams);
    return new Response(request.method === 'HEAD' ? null : asset.body, { status: asset.status, headers: asset.headers });
  });
}
