// Electron main's export dialogs with a mocked 'electron': the system save dialog (PDF filter,
// title 导出 PDF, on top of the window) and the file manager through shell.showItemInFolder.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const mocks = vi.hoisted(() => ({
  dialog: { showSaveDialog: vi.fn() },
  shell: { showItemInFolder: vi.fn() },
}));
vi.mock('electron', () => mocks);

const { exportDialogs } = await import('../../../electron/main/export-dialogs');

const window = { isDestroyed: () => false };

beforeEach(() => {
  mocks.dialog.showSaveDialog.mockReset();
  mocks.shell.showItemInFolder.mockReset();
});

describe('exportDialogs', () => {
  const dialogs = exportDialogs(() => window as never);

  it('asks for a PDF file in the save dialog over the window', async () => {
    mocks.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/编辑/导出/第14期.pdf' });
    expect(await dialogs.pickSaveFile('/home/编辑/导出/开发区建设-第14期-2025-05-09.pdf')).toBe('/home/编辑/导出/第14期.pdf');
    expect(mocks.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: '导出 PDF',
        defaultPath: '/home/编辑/导出/开发区建设-第14期-2025-05-09.pdf',
        filters: [{ name: 'PDF 文件', extensions: ['pdf'] }],
      }),
    );
  });

  it('gives null when the dialog is cancelled, and adds .pdf a dialog left off', async () => {
    mocks.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await dialogs.pickSaveFile('')).toBeNull();
    mocks.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/编辑/第14期' });
    expect(await dialogs.pickSaveFile('')).toBe('/home/编辑/第14期.pdf');
  });

  it('shows a file in the file manager', async () => {
    await dialogs.showInFolder('/home/编辑/导出/a.pdf');
    expect(mocks.shell.showItemInFolder).toHaveBeenCalledWith('/home/编辑/导出/a.pdf');
  });
});
