// Applies to every web contents the app ever creates: no navigation away from the app, no new
// windows, no <webview>, and no permission (camera, notifications, …) granted to page code.
import type { Session, WebContents } from 'electron';

export function hardenWebContents(contents: WebContents): void {
  // The renderer is a single page; any navigation is either a bug or an attack.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
