// The sample issue's pictures: which scene draws each, and its pixel size. Page bands print 352 mm
// wide, so 3000 px give about 216 ppi; the article photos print 51–86 mm wide, 900 px give 265–450
// (the export downsamples above 300). All are 3:2, photo proportions; the frames crop the middle,
// so each scene keeps its subject in the strip its band shows (noted with each scene).
import { oneWindowChart } from './scenes/charts.mjs';
import { eveningBasketball, promotionSigning, signingCeremony } from './scenes/events.mjs';
import { batteryLab, carbonLine, electrolyserCheck, hydraulicWorkshop, siteConversation } from './scenes/indoor.mjs';
import { factoryPhaseTwo, hydrogenStation, morningAvenue, nacelleRollout, rooftopSolar, valleyConstruction } from './scenes/outdoor.mjs';

const BAND = { width: 3000, height: 2000 };
const SMALL = { width: 900, height: 600 };

/** Page bands are keyed by page label, article photos by the sample article's key. */
export const IMAGES = [
  { key: 'A1', ...BAND, draw: hydraulicWorkshop },
  { key: 'A2', ...BAND, draw: valleyConstruction },
  { key: 'A3', ...BAND, draw: morningAvenue },
  { key: 'A4', ...BAND, draw: signingCeremony },
  { key: 'A5', ...BAND, draw: batteryLab },
  { key: 'A6', ...BAND, draw: oneWindowChart },
  { key: 'A7', ...BAND, draw: carbonLine },
  { key: 'A8', ...BAND, draw: eveningBasketball },
  { key: 'm-a2-zero-carbon', ...SMALL, draw: rooftopSolar },
  { key: 'a3-xinzhou-wind', ...SMALL, draw: nacelleRollout },
  { key: 'm-a3-standard-factory', ...SMALL, draw: factoryPhaseTwo },
  { key: 'm-a4-yangtze-delta', ...SMALL, draw: promotionSigning },
  { key: 'm-a5-hydrogen-twin', ...SMALL, draw: hydrogenStation },
  { key: 'a8-profile-gao', ...SMALL, draw: siteConversation },
  { key: 'm-a8-engineer-profile', ...SMALL, draw: electrolyserCheck },
];
