// Captions of the page photos of the sample issue (fictional scenes, written for this project),
// and which of the pictures drawn for them (scripts/sample-photos) a new sample workspace holds.
// Each inside page gets one picture band where its articles leave room, as real pages do.
import { SAMPLE_PHOTO_ASSETS } from './sample-photo-assets';

export const SAMPLE_PAGE_PHOTOS: Record<string, { caption: string; credit: string }> = {
  A2: { caption: '5月6日，汾河谷地一处新建产业园区内，塔吊林立，多个标准化厂房同步施工。', credit: '■ 本报记者 孟庆川摄' },
  A3: { caption: '晨光中的园区主干道两侧，新栽植的国槐已经成荫，上班的车流有序驶入厂区。', credit: '■ 本报记者 霍云舟摄' },
  A4: { caption: '在近日举行的项目集中签约仪式上，客商代表与园区负责人交换合作协议文本。', credit: '园区管委会供图' },
  A5: { caption: '研发中心实验室里，技术人员正在调试一套用于电池模组检测的自动化设备。', credit: '■ 本报记者 温立新摄' },
  A6: { caption: '阳泉经开区“一窗受理、集成服务”改革后，企业开办时间、平均等候时间和办事窗口数量都大幅压缩。', credit: '本报制图' },
  A7: { caption: '一家新材料企业的生产线上，经过改性处理的碳基材料正在下线包装。', credit: '■ 本报记者 霍云舟摄' },
  A8: { caption: '傍晚时分，园区职工文体中心内，青年员工在篮球场上挥洒汗水。', credit: '■ 本报记者 温立新摄' },
};

/**
 * The asset id of a sample picture — by page label for a page band, by sample article key for an
 * article's photo — or null where the frame stays empty (the picture is not in the workspace).
 */
export type SamplePhotoIds = (key: string) => string | null;

/** Every picture the sample was drawn with. */
export function allSamplePhotoIds(key: string): string | null {
  return SAMPLE_PHOTO_ASSETS[key]?.assetId ?? null;
}
