/**
 * A report's numbers: mostly-zero tables with heavy tails (a town answers 0–5 requests,
 * a province thousands), consistent by construction; `breakIdentity` then spoils a few
 * the way real reports do (a 总计 that contradicts its row, a column that does not add
 * up, a review row whose 总计 is 0).
 */
import { APPLICANT_COLS, OTHER_PARTS, activeCols, activeRowKeys, appRowKeys, type Template } from '../schema/fields.ts';
import { activeKey, appKey, rlKey } from './keys.ts';
import type { Body } from './bodies.ts';
import type { Values } from './identities.ts';
import { chance, heavyCount, int, normal, pick, splitCount, weighted, type Rng } from './prng.ts';

interface Profile {
  /** Requests: P(0), log-mean, log-sd. */
  readonly req: readonly [number, number, number];
  /** Log-mean of licensing/penalty decisions. */
  readonly decisions: number;
  readonly docs: number;
  readonly aggregate: boolean;
}

export function profileOf(b: Body): Profile {
  if (b.kind === 'department') {
    if (b.level === 'province') return { req: [0.15, 3.0, 1.0], decisions: 6, docs: 1.5, aggregate: false };
    if (b.level === 'city') return { req: [0.35, 1.6, 1.0], decisions: 4.5, docs: 0.8, aggregate: false };
    return { req: [0.6, 0.7, 0.9], decisions: 3.5, docs: 0.3, aggregate: false };
  }
  if (b.level === 'province') return { req: [0, 6.8, 0.8], decisions: 13, docs: 2.5, aggregate: true };
  if (b.level === 'city') return { req: [0.02, 5.3, 1.0], decisions: 11, docs: 2.2, aggregate: true };
  if (b.level === 'county') return { req: [0.08, 3.0, 1.0], decisions: 8, docs: 1.5, aggregate: true };
  return { req: [0.75, 0.6, 0.8], decisions: 1.5, docs: 0, aggregate: false };
}

const APPLICANT_SHARES = [0.86, 0.07, 0.003, 0.007, 0.04, 0.02];

/** Outcome rows and their weights; 2021 splits （六）其他处理 into three. */
function outcomeWeights(t: Template): [string, number][] {
  const base: [string, number][] = [
    ['granted', 40], ['partly_granted', 8], ['withheld_state_secret', 0.2], ['withheld_law', 0.8], ['withheld_security', 0.3],
    ['withheld_third_party', 1], ['withheld_internal', 1.5], ['withheld_process', 1.5], ['withheld_enforcement_file', 0.8],
    ['withheld_query', 1.5], ['unavailable_not_held', 25], ['unavailable_needs_creation', 3], ['unavailable_unclear', 2.5],
    ['rejected_petition', 2.5], ['rejected_duplicate', 2], ['rejected_publication', 0.5], ['rejected_excessive', 0.5],
    ['rejected_confirmation', 0.5],
  ];
  return t === '2019' ? [...base, ['other', 6]] : [...base, ['other_no_correction', 3], ['other_no_fee', 0.3], ['other_misc', 3]];
}

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

const DECIMALS = { d0: 2, d1: 2, d2: 3, d4: 3 } as const;
const BREAKS = { row_total: 40, column: 35, carried: 10, review_zero: 15 } as const;

/** An amount in 万元 with 0–4 decimals, as reports write them. */
function amountWan(r: Rng, logMean: number): number {
  const x = Math.exp(logMean + 1.2 * normal(r));
  const d = weighted(r, DECIMALS);
  const p = d === 'd0' ? 1 : d === 'd1' ? 10 : d === 'd2' ? 100 : 10000;
  return Math.max(1 / p, Math.round(x * p) / p);
}

function fillActive(r: Rng, t: Template, b: Body, p: Profile, out: Values): void {
  const set = (row: string, col: string, x: number) => { out[activeKey(row, col)] = x; };
  const makesRules = b.kind === 'government' && (b.level === 'province' || b.level === 'city');
  const docs = (pz: number, mu: number) => heavyCount(r, pz, mu, 0.9, 5000);
  for (const row of ['rules', 'normative_docs']) {
    const mu = row === 'rules' ? p.docs - 0.8 : p.docs;
    const zero = row === 'rules' ? (makesRules ? 0.5 : 0.97) : (b.level === 'town' ? 0.85 : 0.45);
    const made = docs(zero, mu);
    if (t === '2019') {
      const published = made > 0 && chance(r, 0.2) ? int(r, 0, made) : made;
      set(row, 'made', made); set(row, 'published', published);
      set(row, 'total_public', published + (chance(r, 0.5) ? docs(0.3, mu + 1.5) : 0));
    } else {
      const repealed = chance(r, 0.3) ? docs(0.4, mu) : 0;
      set(row, 'issued', made); set(row, 'repealed', repealed);
      set(row, 'in_force', Math.max(made, made + (chance(r, 0.6) ? docs(0.2, mu + 1.8) : 0) - (chance(r, 0.5) ? 0 : repealed)));
    }
  }
  const dec = (mu: number) => heavyCount(r, b.level === 'town' ? 0.7 : 0.35, mu, 1.4, 20_000_000);
  for (const row of ['licensing', 'other_services', 'penalty', 'enforcement']) {
    if (!activeCols(t, row).length) continue;
    const mu = row === 'licensing' ? p.decisions : row === 'penalty' ? p.decisions - 0.5 : p.decisions - 2.5;
    if (t === '2019') {
      const prev = heavyCount(r, 0.45, Math.max(0.5, p.docs + 2), 1.2, 5000);
      const change = prev > 0 && chance(r, 0.25) ? (chance(r, 0.6) ? -int(r, 1, Math.max(1, Math.floor(prev / 2))) : int(r, 1, Math.max(1, Math.floor(prev / 3)))) : 0;
      set(row, 'prev_items', prev); set(row, 'change', change); set(row, 'decisions', dec(mu - 1));
    } else {
      set(row, 'decisions', dec(mu));
    }
  }
  if (t === '2019') {
    const prev = heavyCount(r, 0.7, 1.2, 0.8, 500);
    set('fees', 'prev_items', prev);
    set('fees', 'change', prev > 0 && chance(r, 0.15) ? -int(r, 1, prev) : 0);
    const projects = heavyCount(r, b.level === 'town' ? 0.85 : 0.6, p.aggregate ? 3 : 1, 1.0, 50_000);
    set('procurement', 'projects', projects);
    set('procurement', 'amount_wan', projects > 0 ? amountWan(r, Math.log(projects * 150)) : 0);
  } else {
    set('fees', 'amount_wan', chance(r, p.aggregate ? 0.85 : 0.12) ? amountWan(r, p.aggregate ? p.decisions - 2 : 2) : 0);
  }
}

function fillApplications(r: Rng, t: Template, p: Profile, out: Values): void {
  const [pz, mu, sd] = p.req;
  const n = heavyCount(r, pz, mu, sd, 200_000);
  const newCols = splitCount(r, n, APPLICANT_SHARES);
  const outcomes = outcomeWeights(t);
  const rows = appRowKeys(t);
  const cell: Record<string, number[]> = Object.fromEntries(rows.map((k) => [k, APPLICANT_COLS.map(() => 0)]));
  const carry = n > 0 && chance(r, 0.3);
  APPLICANT_COLS.forEach((_, ci) => {
    const nw = newCols[ci] ?? 0;
    const co = carry && nw > 0 && chance(r, 0.5) ? Math.floor(nw * 0.12 * r()) + (chance(r, 0.3) ? 1 : 0) : 0;
    const avail = nw + co;
    const cf = carry && avail > 1 && chance(r, 0.6) ? Math.floor(avail * 0.12 * r()) : 0;
    const parts = splitCount(r, avail - cf, outcomes.map(([, w]) => w));
    (cell['new'] ?? [])[ci] = nw;
    (cell['carried_over'] ?? [])[ci] = co;
    (cell['carried_forward'] ?? [])[ci] = cf;
    (cell['total'] ?? [])[ci] = avail - cf;
    outcomes.forEach(([k], oi) => { (cell[k] ?? [])[ci] = parts[oi] ?? 0; });
  });
  if (t === '2021') {
    cell['other'] = APPLICANT_COLS.map((_, ci) => OTHER_PARTS.reduce((s, k) => s + (cell[k]?.[ci] ?? 0), 0));
  }
  for (const k of rows) {
    const cs = cell[k] ?? [];
    APPLICANT_COLS.forEach((c, ci) => { out[appKey(k, c)] = cs[ci] ?? 0; });
    out[appKey(k, 'total')] = cs.reduce((s, x) => s + x, 0);
  }
}

function fillReview(r: Rng, p: Profile, out: Values): void {
  const [pz, mu] = p.req;
  const scale = Math.max(-1, mu - 3.2);
  const counts = {
    review: heavyCount(r, Math.min(0.97, pz + 0.55), scale, 1.0, 20_000),
    litigation_direct: heavyCount(r, Math.min(0.98, pz + 0.65), scale - 0.8, 1.0, 20_000),
    litigation_after_review: heavyCount(r, Math.min(0.99, pz + 0.75), scale - 1.2, 1.0, 20_000),
  };
  for (const [row, n] of Object.entries(counts)) {
    const parts = splitCount(r, n, [0.5, 0.15, 0.2, 0.15]);
    ['upheld', 'corrected', 'other', 'pending'].forEach((c, i) => { out[rlKey(row, c)] = parts[i] ?? 0; });
    out[rlKey(row, 'total')] = n;
  }
}

/** Every field of the template, consistent with all five identities. */
export function makeValues(r: Rng, t: Template, b: Body): Values {
  const p = profileOf(b);
  const out: Values = {};
  for (const row of activeRowKeys(t)) for (const c of activeCols(t, row)) out[activeKey(row, c)] = 0;
  fillActive(r, t, b, p, out);
  fillApplications(r, t, p, out);
  fillReview(r, p, out);
  for (const k of [activeKey('fees', 'amount_wan'), activeKey('procurement', 'amount_wan')]) if (out[k] !== undefined) out[k] = round4(out[k] ?? 0);
  return out;
}

export type BreakKind = 'row_total' | 'column' | 'carried' | 'review_zero';

/**
 * Spoil one identity as real reports do; the numbers stay as the report "wrote" them.
 * Returns what was done (for the truth file's notes).
 */
export function breakIdentity(r: Rng, t: Template, vals: Values): BreakKind {
  const kind = weighted(r, BREAKS) as BreakKind;
  const rows = appRowKeys(t).filter((k) => !(t === '2021' && k === 'other'));
  const a = appKey;
  if (kind === 'row_total') {
    const nonzero = rows.filter((k) => (vals[a(k, 'total')] ?? 0) > 0);
    const row = nonzero.length ? pick(r, nonzero) : pick(r, rows);
    const cur = vals[a(row, 'total')] ?? 0;
    vals[a(row, 'total')] = cur > 0 && chance(r, 0.4) ? 0 : cur + (chance(r, 0.5) && cur > 1 ? -int(r, 1, Math.min(9, cur - 1)) : int(r, 1, 9));
  } else if (kind === 'column' || kind === 'carried') {
    const c = pick(r, APPLICANT_COLS.filter((x) => (vals[a('new', x)] ?? 0) > 0).concat(['natural_person']));
    const row = kind === 'carried' ? 'carried_forward' : pick(r, ['granted', 'unavailable_not_held', 'partly_granted', 'rejected_duplicate', t === '2021' ? 'other_misc' : 'other']);
    const d = int(r, 1, 5);
    vals[a(row, c)] = (vals[a(row, c)] ?? 0) + d;
    vals[a(row, 'total')] = (vals[a(row, 'total')] ?? 0) + d;
  } else {
    const rl = rlKey;
    const row = pick(r, ['review', 'review', 'litigation_direct', 'litigation_after_review']);
    if ((vals[rl(row, 'total')] ?? 0) === 0) {
      vals[rl(row, 'upheld')] = int(r, 1, 6);
      if (chance(r, 0.5)) vals[rl(row, 'other')] = int(r, 1, 3);
    }
    vals[rl(row, 'total')] = 0;
  }
  if (t === '2021') {
    for (const c of [...APPLICANT_COLS, 'total']) vals[a('other', c)] = OTHER_PARTS.reduce((s, k) => s + (vals[a(k, c)] ?? 0), 0);
  }
  return kind;
}
