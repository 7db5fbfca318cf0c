// The Chinese application menu. Items use Electron's standard roles so text fields and the
// editor get the platform's own undo, clipboard and zoom behaviour.
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

export function buildApplicationMenu(): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
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
        { role: 'reload', label: '重新载入' },
        { role: 'toggleDevTools', label: '开发者工具' },
        { type: 'separator' },
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
  return Menu.buildFromTemplate(template);
}
