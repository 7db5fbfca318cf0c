// Renderer entry: connects the API (Electron bridge or the browser shell's socket) and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { connectApi } from './api/connect';
import { App } from './app/App';
import { NoticeProvider } from './app/notices';
import { registerFonts } from './fonts';
import './styles/base.css';
import './styles/feedback.css';
import './styles/shell.css';
import './styles/library.css';
import './styles/editor.css';
import './styles/manuscript.css';
import './styles/issues.css';
import './styles/filing.css';
import './styles/pages.css';
import './styles/page-editor.css';

registerFonts();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <NoticeProvider>
        <ApiProvider api={connectApi()}>
          <App />
        </ApiProvider>
      </NoticeProvider>
    </StrictMode>,
  );
}
