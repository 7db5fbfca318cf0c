// FontMetrics over a parsed fontkit face: the pure metrics (shared/fonts/sfnt-metrics) over the
// face's one table reader. The font object is only read, so layout and the PDF writer can share it.
import type { Font } from 'fontkit';
import type { FontKey } from '../../../shared/display/display-list';
import { sfntReaderMetrics } from '../../../shared/fonts/sfnt-metrics';
import type { FontMetrics } from '../../../shared/typeset/font-metrics';
import { sfntOf } from './fontkit-sfnt';

export function fontkitMetrics(font: Font, key: FontKey): FontMetrics {
  return sfntReaderMetrics(key, sfntOf(font));
}
