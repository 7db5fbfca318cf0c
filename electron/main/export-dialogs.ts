// The system's dialogs an export from the app uses: the save dialog that picks its file and the
// file manager that shows it afterwards. Injected into the API handlers by main.
import { dialog, shell, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { ApiHandlerOptions } from '../services/api-handlers';

export function exportDialogs(window: () => BrowserWindow | undefined): Required<Pick<ApiHandlerOptions, 'pickSaveFile' | 'showInFolder'>> {
  return {
    pickSaveFile: async (suggestedPath) => {
      const options: SaveDialogOptions = {
        title: '导出 PDF',
        buttonLabel: '导出',
        defaultPath: suggestedPath === '' ? undefined : suggestedPath,
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = window();
      const picked = parent && !parent.isDestroyed() ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (picked.canceled || !picked.filePath) return null;
      // Some dialogs (GTK) do not add the filter's extension themselves.
      return /\.pdf$/i.test(picked.filePath) ? picked.filePath : `${picked.filePath}.pdf`;
    },
    showInFolder: (file) => shell.showItemInFolder(file),
  };
}
