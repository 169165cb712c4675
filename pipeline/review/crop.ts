// The part of a scanned page a reviewer sees beside a value read by OCR: the value's box with its
// line around it, so a misread digit can be checked against the print.
import type { Target } from '../../model/schema.ts';
import type { Area } from '../stages/ocr.ts';

/** Around the value: this many line heights to each side, and this many above and below. */
const SIDE_LINES = 10;
const ABOVE_LINES = 1.2;

export interface CropView {
  /** the PNG of the area: GET it from the workbench server */
  url: string;
  /** the area of the page image, in its pixels */
  area: Area;
  /** the value's box within the crop (pixels of the crop) */
  box: Area;
}

/** The area to crop around a box [left, top, right, bottom] (never left of or above the page). */
export function cropArea(box: [number, number, number, number]): Area {
  const line = Math.max(8, box[3] - box[1]);
  const x = Math.max(0, Math.round(box[0] - SIDE_LINES * line));
  const y = Math.max(0, Math.round(box[1] - ABOVE_LINES * line));
  return { x, y, w: Math.round(box[2] + SIDE_LINES * line) - x, h: Math.round(box[3] + ABOVE_LINES * line) - y };
}

/** What the page needs to show a record's crop; null for records not read by OCR. */
export function cropView(docName: string, t: Target): CropView | null {
  const { page, box } = t.source;
  if (page === undefined || box === undefined) return null;
  const area = cropArea(box);
  return {
    url: `/api/documents/${encodeURIComponent(docName)}/crop/${encodeURIComponent(t.id)}`,
    area,
    box: { x: box[0] - area.x, y: box[1] - area.y, w: box[2] - box[0], h: box[3] - box[1] },
  };
}
