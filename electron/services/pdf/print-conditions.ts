// The document-level parts of PDF/X-1a:2001: the version keys and Trapped in the info dictionary,
// an output intent naming the printing condition, and the overprint graphics states pages share.
import type { PdfkitDocument, PdfRef } from './pdfkit-internals';
import { pdfName, pdfString } from './pdfkit-internals';
import { KNOCKOUT_GS, OVERPRINT_GS } from './page-content';

/**
 * Coldset newsprint as registered with the ICC (ISO 12647-3). A registered characterization may
 * stand in for an embedded ICC profile; no free CMYK newsprint profile is available to embed.
 */
const OUTPUT_INTENT = {
  Type: 'OutputIntent',
  S: 'GTS_PDFX',
  OutputConditionIdentifier: 'IFRA26',
  OutputCondition: 'Coldset newsprint (ISO 12647-3)',
  RegistryName: 'http://www.color.org',
  Info: 'Coldset newsprint',
};

export interface SharedGraphicsStates {
  readonly [name: string]: PdfRef;
}

export function setUpPrintConditions(doc: PdfkitDocument): SharedGraphicsStates {
  // The plant traps, if at all; the file says it has not been trapped.
  doc.info.Trapped = pdfName('False');
  doc.info.GTS_PDFXVersion = 'PDF/X-1:2001';
  doc.info.GTS_PDFXConformance = 'PDF/X-1a:2001';

  const intentData: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(OUTPUT_INTENT)) intentData[key] = key === 'Type' || key === 'S' ? value : pdfString(value);
  const intent = doc.ref(intentData);
  intent.end();
  doc._root.data.OutputIntents = [intent];

  // OPM 1: a CMYK component of 0 leaves the plate below untouched, so black text over a tint
  // or photo keeps what is under it instead of knocking it out.
  const overprint = doc.ref({ Type: 'ExtGState', OP: true, op: true, OPM: 1 });
  overprint.end();
  const knockout = doc.ref({ Type: 'ExtGState', OP: false, op: false, OPM: 0 });
  knockout.end();
  return { [OVERPRINT_GS]: overprint, [KNOCKOUT_GS]: knockout };
}
