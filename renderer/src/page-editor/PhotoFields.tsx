// The photo part of 属性: which picture the frame shows, and its crop — how far it is enlarged past
// covering the frame and which point of it sits at the frame's centre (shared/photo/photo-crop).
// Each change is one edit (undoable); a photo is dropped on its frame from the file manager.
import type { EditCommand } from '../../../shared/edit';
import type { PhotoBlock } from '../../../shared/model/issue';
import { CENTRED_CROP, MAX_CROP_ZOOM, type PhotoCrop } from '../../../shared/photo/photo-crop';
import { NumberField } from './NumberField';

interface Props {
  block: PhotoBlock;
  run: (command: EditCommand) => void;
}

const percent = (value: number) => Math.round(value * 100);

export function PhotoFields(props: Props) {
  const { block, run } = props;
  const { assetId } = block;
  if (assetId === null) {
    return <p className="inspector-article">空图片框：把 JPEG、PNG 或 TIFF 图片文件拖到版面上的图片框里。</p>;
  }
  const crop = block.crop ?? CENTRED_CROP;
  const setCrop = (next: PhotoCrop | null) => run({ type: 'setPhoto', blockId: block.id, assetId, crop: next });
  return (
    <>
      <p className="inspector-article">
        <img className="inspector-photo" src={`photos/${assetId}`} alt="图片框中的图片" />
      </p>
      <dl className="inspector-grid" data-photo-crop={`${crop.zoom},${crop.centerX},${crop.centerY}`}>
        <dt>放大</dt>
        <dd>
          <NumberField
            label="裁切放大"
            value={percent(crop.zoom)}
            min={100}
            max={MAX_CROP_ZOOM * 100}
            onCommit={(value) => setCrop({ ...crop, zoom: value / 100 })}
          />{' '}
          %<span className="inspector-note">100% 为图片刚好铺满图框</span>
        </dd>
        <dt>图中心</dt>
        <dd>
          左起{' '}
          <NumberField
            label="裁切中心（横）"
            value={percent(crop.centerX)}
            min={0}
            max={100}
            onCommit={(value) => setCrop({ ...crop, centerX: value / 100 })}
          />{' '}
          %，上起{' '}
          <NumberField
            label="裁切中心（纵）"
            value={percent(crop.centerY)}
            min={0}
            max={100}
            onCommit={(value) => setCrop({ ...crop, centerY: value / 100 })}
          />{' '}
          %<span className="inspector-note">按住 Alt 在版面上拖动图片可移动裁切，Alt+滚轮缩放</span>
        </dd>
      </dl>
      <button type="button" className="button" disabled={block.crop === undefined} onClick={() => setCrop(null)}>
        还原裁切
      </button>{' '}
      <button type="button" className="button" onClick={() => run({ type: 'setPhoto', blockId: block.id, assetId: null, crop: null })}>
        取出图片
      </button>
    </>
  );
}
