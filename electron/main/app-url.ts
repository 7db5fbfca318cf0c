// The app's own origin, app://kfq: renderer pages, scripts and fonts are served from it, and only
// a main frame showing one of its pages may call the API. Node-only (no 'electron' import).

export const APP_SCHEME = 'app';
export const APP_HOST = 'kfq';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of our own pages; anything else (file:, http:, another host) is foreign. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
