import { allocateColumns, mask32, maskPair, matchDay, seededRng, type CandidateColumns, type PendingCredential, type Posting, type Rng } from '@modality/matching';

/**
 * The seeded generator of the benchmark plan (§8.1), in reduced form: ~300 metros weighted by a Zipf
 * law with Gaussian spread (σ ≈ 30 km) and 5 % rural, the discipline mix (radiography 65 %, CT 30 % of
 * them, MR 15 %, mammography 10 %, sonography 15 %, nuclear medicine 5 %, radiation therapy 4 %), 8 % with
 * one post-primary credential in progress, 1–3 licences, 1–3 shifts, availability 30 % now else 0–180
 * days, relocate 30 %, travel 20 %, 85 % authorised in the US, gamma years, lognormal procedure counts,
 * languages (English all, Spanish 20 %, others 1–3 %). Every attribute has its own PRNG stream (the
 * plan's correlated-generator pitfall). Postings are built per selectivity class by construction.
 */

export const SIZES = {
  S: { candidates: 20_000, postings: 2_000 },
  M: { candidates: 200_000, postings: 20_000 },
  L: { candidates: 1_000_000, postings: 100_000 },
} as const;
export type Size = keyof typeof SIZES;

export const POSTING_CLASSES = ['broad', 'typical', 'narrow', 'empty'] as const;
export type PostingClass = (typeof POSTING_CLASSES)[number];

export const TODAY = matchDay('2026-11-26');

// Credential codes (positions in CREDENTIALS of @modality/matching).
const C = { R: 0, N: 1, T: 2, MR: 3, CT: 6, M: 7, VI: 9, RRA: 12, RDMS: 13, RDCS: 14, RVT: 15, CNMT: 17, BLS: 32, ACLS: 33 } as const;
// Modality codes (positions in MODALITIES).
const MOD = { radiography: 0, ct: 1, mri: 2, mammography: 3, sonography: 4, nuclear: 5, therapy: 6, interventional: 7 } as const;
const PROC_BY_MOD: Record<number, number[]> = { 0: [0, 1, 2, 3, 4, 5, 6, 7], 1: [8, 9, 10, 11], 2: [12, 13, 14], 3: [15, 16], 4: [17, 18, 19, 20], 5: [21, 22, 23], 6: [], 7: [5, 11] };
const PAY_BY_MOD = [62_000, 72_000, 80_000, 70_000, 78_000, 84_000, 90_000, 82_000];

interface Metro {
  lat: number;
  lon: number;
  state: number;
}

function gaussian(r: Rng): number {
  const u = 1 - r.next();
  const v = r.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function gamma2(r: Rng, theta: number): number {
  return -theta * Math.log((1 - r.next()) * (1 - r.next()));
}

function metros(seed: number): { list: Metro[]; cumulative: Float64Array } {
  const r = seededRng(seed, 100);
  const list: Metro[] = [];
  const cumulative = new Float64Array(300);
  let total = 0;
  for (let i = 0; i < 300; i++) {
    list.push({ lat: 26 + r.next() * 22, lon: -122 + r.next() * 50, state: r.int(51) });
    total += 1 / (i + 1);
    cumulative[i] = total;
  }
  for (let i = 0; i < 300; i++) cumulative[i] = (cumulative[i] ?? 0) / total;
  return { list, cumulative };
}

function pickMetro(m: { list: Metro[]; cumulative: Float64Array }, r: Rng): Metro {
  const x = r.next();
  let lo = 0;
  let hi = m.list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((m.cumulative[mid] ?? 1) < x) lo = mid + 1;
    else hi = mid;
  }
  return m.list[lo] as Metro;
}

/** Candidates as columns (ids 1..n) plus their in-progress credentials. */
export function generateCandidates(n: number, seed: number): CandidateColumns {
  const cols = allocateColumns(n);
  cols.n = n;
  const geo = metros(seed);
  const s = (k: number): Rng => seededRng(seed, k);
  const rDisc = s(1), rLic = s(2), rGeo = s(3), rShift = s(4), rAvail = s(5), rFlags = s(6), rYears = s(7), rProc = s(8), rPay = s(9), rLang = s(10), rPend = s(11), rAuth = s(12);
  for (let i = 0; i < n; i++) {
    cols.id[i] = i + 1;
    const held: number[] = [];
    const mods = new Map<number, number>();
    const years = (): number => Math.min(140, Math.round(gamma2(rYears, 3) * 4));
    const x = rDisc.next();
    if (x < 0.65) {
      held.push(C.R);
      mods.set(MOD.radiography, years());
      if (rDisc.next() < 0.3) { held.push(C.CT); mods.set(MOD.ct, years()); }
      if (rDisc.next() < 0.15) { held.push(C.MR); mods.set(MOD.mri, years()); }
      if (rDisc.next() < 0.1) { held.push(C.M); mods.set(MOD.mammography, years()); }
      if (rDisc.next() < 0.04) { held.push(C.VI); mods.set(MOD.interventional, years()); }
    } else if (x < 0.8) {
      held.push(C.RDMS);
      if (rDisc.next() < 0.3) held.push(C.RVT);
      if (rDisc.next() < 0.15) held.push(C.RDCS);
      mods.set(MOD.sonography, years());
    } else if (x < 0.85) {
      held.push(rDisc.next() < 0.7 ? C.CNMT : C.N);
      mods.set(MOD.nuclear, years());
    } else if (x < 0.89) {
      held.push(C.T);
      mods.set(MOD.therapy, years());
    } else {
      held.push(C.R);
      mods.set(MOD.radiography, Math.min(8, years()));
    }
    if (rDisc.next() < 0.7) held.push(C.BLS);
    if (rDisc.next() < 0.2) held.push(C.ACLS);
    [cols.heldLo[i], cols.heldHi[i]] = maskPair(held);
    let pending: PendingCredential[] = [];
    if (rPend.next() < 0.08) {
      const options = [C.CT, C.MR, C.M].filter((c) => !held.includes(c));
      const cred = options[rPend.int(options.length)] ?? C.CT;
      const remaining = 1 + rPend.int(120);
      pending = [{ credential: cred, remaining, unit: 'procedures', earliestDay: TODAY + 14 + remaining * 2 }];
      cols.pending.set(i, pending);
    }
    const rural = rGeo.next() < 0.05;
    const metro = pickMetro(geo, rGeo);
    const lat = rural ? 26 + rGeo.next() * 22 : metro.lat + gaussian(rGeo) * 0.27;
    const lon = rural ? -122 + rGeo.next() * 50 : metro.lon + gaussian(rGeo) * 0.34;
    cols.lat[i] = lat;
    cols.lon[i] = lon;
    const home = rural ? rLic.int(51) : metro.state;
    const lic = [home];
    const y = rLic.next();
    const extra = y < 0.8 ? 0 : y < 0.95 ? 1 : 2 + rLic.int(2);
    for (let k = 0; k < extra; k++) lic.push(rLic.int(56));
    [cols.licLo[i], cols.licHi[i]] = maskPair([...new Set(lic)]);
    let mm = 0;
    for (const [m, q] of mods) {
      mm |= 1 << m;
      (cols.quarters[m] as Uint8Array)[i] = q;
      for (const t of PROC_BY_MOD[m] ?? []) {
        if (rProc.next() < 0.7) (cols.procedures[t] as Uint16Array)[i] = Math.min(65535, Math.round(Math.exp(3.5 + 1.2 * gaussian(rProc)) * (1 + q / 40)));
      }
    }
    cols.modalities[i] = mm;
    const nShifts = 1 + rShift.int(3);
    const sh = new Set<number>();
    while (sh.size < nShifts) sh.add(rShift.next() < 0.5 ? 0 : rShift.int(5));
    cols.shifts[i] = mask32([...sh]);
    cols.availableDay[i] = rAvail.next() < 0.3 ? TODAY : TODAY + rAvail.int(181);
    cols.flags[i] = (rFlags.next() < 0.3 ? 1 : 0) | (rFlags.next() < 0.2 ? 2 : 0);
    const top = [...mods.keys()][0] ?? 0;
    cols.payFloor[i] = Math.max(30_000, Math.round((PAY_BY_MOD[top] ?? 65_000) * (0.85 + 0.1 * gaussian(rPay)) / 500) * 500);
    const langs = [0];
    if (rLang.next() < 0.2) langs.push(1);
    for (let l = 2; l < 10; l++) if (rLang.next() < 0.02) langs.push(l);
    cols.languages[i] = mask32(langs);
    const auth = [];
    if (rAuth.next() < 0.85) auth.push(0);
    else if (rAuth.next() < 0.5) auth.push(1 + rAuth.int(7));
    cols.authorised[i] = mask32(auth);
  }
  return cols;
}

function dirichlet(r: Rng): Posting['weights'] {
  const g = [0, 0, 0, 0, 0].map(() => gamma2(r, 1));
  const sum = g.reduce((a, b) => a + b, 0);
  const [experience = 0, distance = 0, pay = 0, procedures = 0, language = 0] = g.map((v) => Math.round((v / sum) * 1000) / 1000);
  return { experience, distance, pay, procedures, language };
}

/** Postings with their class by construction (broad 10 %, typical 70 %, narrow 15 %, empty 5 %). */
export function generatePostings(n: number, seed: number): { postings: Posting[]; classes: PostingClass[] } {
  const geo = metros(seed);
  const r = seededRng(seed, 200);
  const rw = seededRng(seed, 201);
  const postings: Posting[] = [];
  const classes: PostingClass[] = [];
  const mods = [MOD.radiography, MOD.radiography, MOD.radiography, MOD.ct, MOD.ct, MOD.mri, MOD.mammography, MOD.sonography, MOD.nuclear, MOD.therapy];
  const credFor: Record<number, number[]> = { 0: [C.R], 1: [C.R, C.CT], 2: [C.MR], 3: [C.R, C.M], 4: [C.RDMS], 5: [C.CNMT], 6: [C.T] };
  for (let i = 0; i < n; i++) {
    const x = r.next();
    const cls: PostingClass = x < 0.1 ? 'broad' : x < 0.8 ? 'typical' : x < 0.95 ? 'narrow' : 'empty';
    const metro = pickMetro(geo, r);
    const modality = cls === 'broad' ? MOD.radiography : (mods[r.int(mods.length)] ?? 0);
    const base = {
      id: i + 1,
      lat: Math.fround(metro.lat + gaussian(r) * 0.1),
      lon: Math.fround(metro.lon + gaussian(r) * 0.1),
      country: 0,
      weights: dirichlet(rw),
      wantYears: 2 + r.int(6),
      payMax: 60_000 + r.int(40) * 1000,
      procedure: (PROC_BY_MOD[modality] ?? [0])[0] ?? 0,
      procedureWant: 50 + r.int(10) * 50,
      language: r.next() < 0.8 ? 0 : 1,
      distanceScaleKm: 25 + r.int(4) * 25,
      modality,
    };
    let p: Posting;
    if (cls === 'broad') {
      p = { ...base, allOf: r.next() < 0.5 ? [C.R] : [], anyOf: [], licences: null, minYears: 0, shifts: [], startBy: TODAY + 365, radiusKm: null, acceptRelocation: true, travel: false, sponsors: r.next() < 0.5 };
    } else if (cls === 'typical') {
      const radius = 40 + r.int(5) * 20;
      p = {
        ...base,
        allOf: [...(credFor[modality] ?? [C.R]), ...(r.next() < 0.3 ? [C.BLS] : [])],
        anyOf: [],
        licences: r.next() < 0.1 ? null : r.next() < 0.2 ? [metro.state, r.int(51), r.int(51)].filter((v, k, a) => a.indexOf(v) === k) : [metro.state],
        minYears: r.int(3),
        shifts: r.next() < 0.5 ? [0] : [],
        startBy: TODAY + 30 + r.int(120),
        radiusKm: r.next() < 0.1 ? null : radius,
        acceptRelocation: r.next() < 0.5,
        travel: r.next() < 0.05,
        sponsors: r.next() < 0.2,
      };
    } else if (cls === 'narrow') {
      p = {
        ...base,
        allOf: [...(credFor[modality] ?? [C.R]), C.ACLS],
        anyOf: r.next() < 0.5 ? [[C.CT, C.MR, C.VI]] : [],
        licences: [metro.state],
        minYears: 3 + r.int(5),
        shifts: [r.int(5), 2].filter((v, k, a) => a.indexOf(v) === k),
        startBy: TODAY + r.int(30),
        radiusKm: 25,
        acceptRelocation: false,
        travel: false,
        sponsors: false,
      };
    } else {
      p = { ...base, allOf: [C.RRA, ...(credFor[modality] ?? [C.R])], anyOf: [], licences: [metro.state], minYears: 2, shifts: [0], startBy: TODAY + 60, radiusKm: 50, acceptRelocation: false, travel: false, sponsors: false };
    }
    postings.push(p);
    classes.push(cls);
  }
  return { postings, classes };
}
