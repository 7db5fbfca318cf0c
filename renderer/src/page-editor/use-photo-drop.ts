// A photo file dropped on a photo block: checked here for what the browser can tell (type by name,
// size), stored by the services (which decode it and refuse a damaged or oversized one), then put
// in the frame as one undoable edit. Nothing changes on the page when the services refuse it.
import { useCallback, useMemo, useState, type DragEvent } from 'react';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices';
import type { AddedPhoto } from '../../../shared/ipc/contract';
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

/** The drag's data type of a photo dragged from the 图片库 (its asset id travels with it). */
export const PHOTO_DRAG_TYPE = 'application/x-kfq-photo';

export interface PhotoDrop {
  /** The photo block a file is being put in, or 'library' while files are added to the 图片库. */
  adding: string | null;
  dropPhoto: (blockId: string, files: FileList) => Promise<void>;
  addToLibrary: (files: FileList) => Promise<void>;
  placePhoto: (blockId: string, assetId: string) => void;
}

export function usePhotoDrop(editor: PageEditor): PhotoDrop {
  const api = useApi();
  const { show, showError, showSuccess } = useNotices();
  const [adding, setAdding] = useState<string | null>(null);

  /** Stores one file, telling the desk why not when it cannot; undefined when refused. */
  const store = useCallback(
    async (file: File): Promise<AddedPhoto | undefined> => {
      const refusal = photoFileRefusal(file);
      if (refusal) {
        show({ kind: 'error', title: '未放入图片', message: refusal });
        return undefined;
      }
      try {
        const result = await api.addPhoto({ fileName: file.name, base64: await readBase64(file) });
        if (result.ok) return result.value;
        showError('未放入图片', result.error);
      } catch {
        show({ kind: 'error', title: '未放入图片', message: `读不出文件“${file.name}”，未放入。` });
      }
      return undefined;
    },
    [api, show, showError],
  );

  const placePhoto = useCallback(
    (blockId: string, assetId: string) => {
      editor.execute({ type: 'setPhoto', blockId, assetId, crop: null }, { select: [blockId] });
    },
    [editor],
  );

  const dropPhoto = useCallback(
    async (blockId: string, files: FileList) => {
      const file = files[0];
      if (!file) return;
      if (files.length > 1) {
        show({ kind: 'error', title: '未放入图片', message: '一个图片框只能放一张图片，请一次拖入一个文件。' });
        return;
      }
      setAdding(blockId);
      const added = await store(file).finally(() => setAdding(null));
      if (added && editor.execute({ type: 'setPhoto', blockId, assetId: added.assetId, crop: null }, { select: [blockId] })) {
        showSuccess(`已放入图片“${file.name}”（${added.width}×${added.height} 像素）。`);
      }
    },
    [editor, show, showSuccess, store],
  );

  const addToLibrary = useCallback(
    async (files: FileList) => {
      setAdding('library');
      let count = 0;
      try {
        for (const file of Array.from(files)) if (await store(file)) count += 1;
      } finally {
        setAdding(null);
      }
      if (count > 0) showSuccess(`已把 ${count} 张图片加入图片库，可拖到版面上的图片框里。`);
    },
    [showSuccess, store],
  );

  // One object while nothing changes: the panels beside the page are memoised on their props.
  return useMemo(() => ({ adding, dropPhoto, addToLibrary, placePhoto }), [adding, dropPhoto, addToLibrary, placePhoto]);
}
