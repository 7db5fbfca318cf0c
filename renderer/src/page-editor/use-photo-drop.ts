// A photo file dropped on a photo block: checked here for what the browser can tell (type by name,
// size), stored by the services (which decode it and refuse a damaged or oversized one), then put
// in the frame as one undoable edit. Nothing changes on the page when the services refuse it.
import { useCallback, useState, type DragEvent } from 'react';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices';
import type { PageEditor } from './page-editor';

/** The formats print production takes, by file name (the services check the bytes themselves). */
const PHOTO_NAME = /\.(jpe?g|png|tiff?)$/i;
const MAX_PHOTO_MB = 50;

/** Whether a drag carries files from the system (not a block or a library article). */
export function isFileDrag(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The refusal the desk reads for a file that is not a photo we take, or undefined when it may be one. */
export function photoFileRefusal(file: { name: string; size: number }): string | undefined {
  if (!PHOTO_NAME.test(file.name)) return `“${file.name}”不是 JPEG、PNG 或 TIFF 图片，未放入。`;
  if (file.size > MAX_PHOTO_MB * 1024 * 1024) {
    return `“${file.name}”有 ${(file.size / 1024 / 1024).toFixed(1)} MB，超过 ${MAX_PHOTO_MB} MB 上限，未放入；请先缩小图片。`;
  }
  return undefined;
}

export function usePhotoDrop(editor: PageEditor): {
  adding: string | null;
  dropPhoto: (blockId: string, files: FileList) => Promise<void>;
} {
  const api = useApi();
  const { show, showError, showSuccess } = useNotices();
  const [adding, setAdding] = useState<string | null>(null);

  const dropPhoto = useCallback(
    async (blockId: string, files: FileList) => {
      const file = files[0];
      if (!file) return;
      const refusal = files.length > 1 ? '一个图片框只能放一张图片，请一次拖入一个文件。' : photoFileRefusal(file);
      if (refusal) {
        show({ kind: 'error', title: '未放入图片', message: refusal });
        return;
      }
      setAdding(blockId);
      try {
        const result = await api.addPhoto({ fileName: file.name, base64: await readBase64(file) });
        if (!result.ok) {
          showError('未放入图片', result.error);
          return;
        }
        const { assetId, width, height } = result.value;
        if (editor.execute({ type: 'setPhoto', blockId, assetId, crop: null }, { select: [blockId] })) {
          showSuccess(`已放入图片“${file.name}”（${width}×${height} 像素）。`);
        }
      } catch {
        show({ kind: 'error', title: '未放入图片', message: `读不出文件“${file.name}”，未放入。` });
      } finally {
        setAdding(null);
      }
    },
    [api, editor, show, showError, showSuccess],
  );

  return { adding, dropPhoto };
}
