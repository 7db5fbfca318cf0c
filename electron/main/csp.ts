// The Content-Security-Policy both shells send with every page (Electron's app:// protocol and the
// browser shell's HTTP server), plus the other response headers that harden them. Node-only.

export interface CspOptions {
  /** Sources that count as the app itself: "'self'" plus, in Electron, the app: scheme. */
  self: readonly string[];
  /** Extra sources for connect-src, e.g. the browser shell's WebSocket endpoint. */
  connect?: readonly string[];
}

/**
 * No inline or evaluated script anywhere. style-src needs no 'unsafe-inline' either: Vite emits
 * the CSS as a file, React applies `style` props through the CSSOM (which CSP does not govern),
 * and the Slate editor runs with its injected <style> tag disabled (its rules live in our CSS).
 */
export function contentSecurityPolicy(options: CspOptions): string {
  const self = options.self.join(' ');
  const directives = [
    `default-src ${self}`,
    `script-src ${self}`,
    `style-src ${self}`,
    `img-src ${self} data: blob:`,
    `font-src ${self}`,
    `connect-src ${[self, ...(options.connect ?? [])].join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    `worker-src ${self}`,
  ];
  return directives.join('; ');
}

export const ELECTRON_CSP = contentSecurityPolicy({ self: ["'self'", 'app:'] });

/** Headers sent with every response besides the CSP. */
export const HARDENING_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
