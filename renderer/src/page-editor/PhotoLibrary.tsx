// 图片库 beside the page: the workspace's photos as thumbnails, newest first, to drag onto a photo
// frame (or put in the selected frame with a click); photo files dropped here join the library.
import { useState, type DragEvent } from 'react';
import type { PhotoEntry } from '../../../shared/ipc/contract';
import type { RendererApi } from '../api/api-types';
import { useApiQuery } from '../api/use-api-query';
import { isFileDrag, PHOTO_DRAG_TYPE, type PhotoDrop } from './use-photo-drop';

interface Props {
  photoDrop: PhotoDrop;
  /** The photo block selected on the page, which 放入图片框 fills. */
  selectedFrame: string | undefined;
}

const readPhotos = (api: RendererApi) => api.listPhotos();

export function PhotoLibrary(props: Props) {
  const photos = useApiQuery('读取图片库失败', readPhotos, ['photos']).data;
  const [over, setOver] = useState(false);
  const { photoDrop, selectedFrame } = props;

  const dragOver = (event: DragEvent) => {
    if (!isFileDrag(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const drop = (event: DragEvent) => {
    if (!isFileDrag(event)) return;
    event.preventDefault();
    setOver(false);
    void photoDrop.addToLibrary(event.dataTransfer.files);
  };
  const startDrag = (event: DragEvent, photo: PhotoEntry) => {
    event.dataTransfer.setData(PHOTO_DRAG_TYPE, photo.assetId);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <section
      className={`photo-library${over ? ' is-drop-target' : ''}`}
      aria-label="图片库"
      data-photo-library=""
      onDragOver={dragOver}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <h3>图片库（{photos?.length ?? 0}）</h3>
      <p className="library-panel-hint">
        {photoDrop.adding === 'library'
          ? '正在加入图片……'
          : '把 JPEG、PNG、TIFF 图片文件拖到这里加入图片库；再把图片拖到版面上的图片框里。'}
      </p>
      <ul className="photo-library-grid">
        {(photos ?? []).map((photo) => (
          <li key={photo.assetId} draggable data-library-photo={photo.assetId} onDragStart={(event) => startDrag(event, photo)}>
            <img src={photo.thumbnail} alt="图片库中的图片" loading="lazy" />
            {selectedFrame && (
              <button type="button" className="link-button" onClick={() => photoDrop.placePhoto(selectedFrame, photo.assetId)}>
                放入图片框
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
