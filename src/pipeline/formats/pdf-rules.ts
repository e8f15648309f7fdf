/**
 * A page's drawing operators → its ruling lines (table borders), in the same user
 * space as pdf.js text items. Stroked straight segments are rules; filled shapes count
 * only when thin (borders drawn as hairline rectangles), never cell shading.
 * Written against pdf.js 5's operator list: constructPath carries [paint op, [path
 * data], bbox] with path data as DrawOPS codes.
 */
import type { PageRules, Rule } from './pdf-layout.ts';

/** The operator codes used here (pdf.js `OPS`), passed in so this file needs no pdf.js. */
export interface OpCodes {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  // n applied first, then m (PDF: cm concatenates in front of the CTM)
  return [
    n[0] * m[0] + n[1] * m[2], n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2], n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4], n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];
}

function asMatrix(v: unknown): Matrix | undefined {
  if (!v || typeof (v as ArrayLike<number>).length !== 'number') return undefined;
  const a = Array.from(v as ArrayLike<number>);
  return a.length === 6 && a.every((n) => typeof n === 'number') ? (a as Matrix) : undefined;
}

/** Path data → straight segments (subpaths closed where asked), in device coordinates. */
function segments(data: ArrayLike<number>, ctm: Matrix): { pts: [number, number][]; closed: boolean }[] {
  const paths: { pts: [number, number][]; closed: boolean }[] = [];
  let cur: { pts: [number, number][]; closed: boolean } | undefined;
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    if (op === 0) { cur = { pts: [apply(ctm, data[i] ?? 0, data[i + 1] ?? 0)], closed: false }; paths.push(cur); i += 2; }
    else if (op === 1) { cur?.pts.push(apply(ctm, data[i] ?? 0, data[i + 1] ?? 0)); i += 2; }
    else if (op === 2) { cur = undefined; i += 6; } // curves are never table borders
    else if (op === 3) { cur = undefined; i += 4; }
    else if (op === 4) { if (cur) cur.closed = true; }
    else break; // unknown code: stop rather than misread
  }
  return paths;
}

const AXIS = 0.5;
/** Filled rectangles thinner than this (pt) are drawn borders. */
const THIN = 2.5;

/** The ruling lines a page draws. */
export function rulesFromOperators(fnArray: readonly number[], argsArray: readonly unknown[], OPS: OpCodes): PageRules {
  const horizontal: Rule[] = [];
  const vertical: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const strokeOps = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set([OPS.fill, OPS.eoFill]);
  const addSegment = (a: [number, number], b: [number, number]) => {
    if (Math.abs(a[1] - b[1]) < AXIS && Math.abs(a[0] - b[0]) > AXIS) horizontal.push({ at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
    else if (Math.abs(a[0] - b[0]) < AXIS && Math.abs(a[1] - b[1]) > AXIS) vertical.push({ at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
  };
  fnArray.forEach((fn, i) => {
    const args = argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) { const m = asMatrix(args); if (m) ctm = multiply(ctm, m); }
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = asMatrix(Array.isArray(args) ? args[0] : undefined);
      if (m) ctm = multiply(ctm, m);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const paint = args[0];
      const data = Array.isArray(args[1]) ? args[1][0] : undefined;
      if (typeof paint !== 'number' || !data || typeof (data as ArrayLike<number>).length !== 'number') return;
      for (const path of segments(data as ArrayLike<number>, ctm)) {
        const pts = path.closed && path.pts.length > 2 ? [...path.pts, path.pts[0] as [number, number]] : path.pts;
        if (strokeOps.has(paint)) {
          for (let k = 1; k < pts.length; k++) addSegment(pts[k - 1] as [number, number], pts[k] as [number, number]);
        } else if (fillOps.has(paint) && pts.length >= 4) {
          const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          if (y1 - y0 <= THIN && x1 - x0 > THIN) horizontal.push({ at: (y0 + y1) / 2, from: x0, to: x1 });
          else if (x1 - x0 <= THIN && y1 - y0 > THIN) vertical.push({ at: (x0 + x1) / 2, from: y0, to: y1 });
        }
      }
    }
  });
  return { horizontal, vertical };
}
