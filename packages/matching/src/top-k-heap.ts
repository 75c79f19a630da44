/**
 * A bounded min-heap of (score, id, slot) in typed arrays: the root is the worst of the best k so far.
 * "Better" means a higher score, and on equal scores a lower external id, so results are deterministic.
 */
export class TopKHeap {
  readonly scores: Float64Array;
  readonly ids: Float64Array;
  readonly slots: Int32Array;
  size = 0;
  readonly k: number;

  constructor(k: number) {
    this.k = k;
    this.scores = new Float64Array(Math.max(k, 1));
    this.ids = new Float64Array(Math.max(k, 1));
    this.slots = new Int32Array(Math.max(k, 1));
  }

  reset(): void {
    this.size = 0;
  }

  /** True when (score, id) would enter the heap; lets callers skip work for hopeless entries. */
  admits(score: number, id: number): boolean {
    if (this.size < this.k) return true;
    const s0 = this.scores[0] ?? 0;
    return score > s0 || (score === s0 && id < (this.ids[0] ?? 0));
  }

  /** Offers an entry; keeps the best k. */
  push(score: number, id: number, slot: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!worse(score, id, this.scores[p] ?? 0, this.ids[p] ?? 0)) break;
        this.move(p, i);
        i = p;
      }
      this.put(i, score, id, slot);
      return;
    }
    if (!this.admits(score, id)) return;
    this.siftDownFromRoot(score, id, slot);
  }

  private siftDownFromRoot(score: number, id: number, slot: number): void {
    const n = this.size;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      let c = l;
      const r = l + 1;
      if (r < n && worse(this.scores[r] ?? 0, this.ids[r] ?? 0, this.scores[l] ?? 0, this.ids[l] ?? 0)) c = r;
      if (!worse(this.scores[c] ?? 0, this.ids[c] ?? 0, score, id)) break;
      this.move(c, i);
      i = c;
    }
    this.put(i, score, id, slot);
  }

  private move(from: number, to: number): void {
    this.scores[to] = this.scores[from] ?? 0;
    this.ids[to] = this.ids[from] ?? 0;
    this.slots[to] = this.slots[from] ?? 0;
  }

  private put(i: number, score: number, id: number, slot: number): void {
    this.scores[i] = score;
    this.ids[i] = id;
    this.slots[i] = slot;
  }

  /** Indices into the heap arrays, best first. */
  order(): number[] {
    const idx: number[] = [];
    for (let i = 0; i < this.size; i++) idx.push(i);
    idx.sort((a, b) => {
      const sa = this.scores[a] ?? 0;
      const sb = this.scores[b] ?? 0;
      return sa !== sb ? sb - sa : (this.ids[a] ?? 0) - (this.ids[b] ?? 0);
    });
    return idx;
  }
}

/** a is worse than b: lower score, or equal score and higher id. */
function worse(sa: number, ia: number, sb: number, ib: number): boolean {
  return sa < sb || (sa === sb && ia > ib);
}
