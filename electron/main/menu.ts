// The Chinese application menu. Items use Electron's standard roles so text fields and the
// editor get the platform's own undo, clipboard and zoom behaviour. A packaged build has no
// reload and no developer tools: both would let anyone at the desk step around the app.
import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

function aboutItem(): MenuItemConstructorOptions {
  return {
    label: '关于开发区建设编辑工作站',
    click: () => {
      void dialog.showMessageBox({
        type: 'info',
        title: '关于',
        message: '开发区建设 编辑工作站',
        detail: `版本 ${app.getVersion()}\n科学导报《开发区建设》周刊的写稿、组版与印刷 PDF 导出工具。`,
      });
    },
  };
}

export interface MenuOptions {
  isMac: boolean;
  /** app.isPackaged: a build for the desk rather than a development run. */
  packaged: boolean;
}

/** Reload and developer tools exist only in development. */
function developmentItems(packaged: boolean): MenuItemConstructorOptions[] {
  if (packaged) return [];
  return [{ role: 'reload', label: '重新载入' }, { role: 'toggleDevTools', label: '开发者工具' }, { type: 'separator' }];
}

export function applicationMenuTemplate({ isMac, packaged }: MenuOptions): MenuItemConstructorOptions[] {
  return [
    ...(isMac
      ? [
          {
            label: '开发区建设编辑工作站',
            submenu: [
              aboutItem(),
              { type: 'separator' },
              { role: 'hide', label: '隐藏' },
              { role: 'hideOthers', label: '隐藏其他' },
              { role: 'unhide', label: '全部显示' },
              { type: 'separator' },
              { role: 'quit', label: '退出' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: '文件',
      submenu: [
        { role: 'close', label: '关闭窗口' },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: '退出' }]),
      ],
    },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'pasteAndMatchStyle', label: '粘贴为纯文本' },
        { role: 'delete', label: '删除' },
        { type: 'separator' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...developmentItems(packaged),
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    {
      label: '帮助',
      role: 'help',
      submenu: isMac ? [] : [aboutItem()],
    },
  ];
}

export function buildApplicationMenu(): Menu {
  return Menu.buildFromTemplate(applicationMenuTemplate({ isMac: process.platform === 'darwin', packaged: app.isPackaged }));
}
