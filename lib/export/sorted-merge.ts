/**
 * A k-way merge of sorted runs into one sorted sequence (a binary min-heap of the runs'
 * current heads). The export sorts its rows in many small runs, each sorted on its own,
 * so that no single step sorts everything; this puts them back into one order.
 */

/** Reads one sorted run: the next row, or undefined after its last. */
export type RunReader<T> = () => T | undefined;

interface Head<T> {
  row: T;
  read: RunReader<T>;
}

export class SortedMerge<T> {
  private readonly heap: Head<T>[] = [];

  /** `before(a, b)`: a comes strictly before b. Ties must not happen (keys are unique). */
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  /** Adds a run; its first row is read now. */
  add(read: RunReader<T>): void {
    const row = read();
    if (row === undefined) return;
    this.heap.push({ row, read });
    this.siftUp(this.heap.length - 1);
  }

  /** The smallest head across the runs, or undefined when every run is exhausted. */
  next(): T | undefined {
    const heap = this.heap;
    const top = heap[0];
    if (!top) return undefined;
    const row = top.row;
    const following = top.read();
    if (following !== undefined) {
      top.row = following;
    } else {
      const last = heap.pop()!;
      if (heap.length === 0) return row;
      heap[0] = last;
    }
    this.siftDown(0);
    return row;
  }

  private siftUp(i: number): void {
    const heap = this.heap;
    const item = heap[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!this.before(item.row, p.row)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = item;
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    const n = heap.length;
    const item = heap[i]!;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && this.before(heap[right]!.row, heap[left]!.row)) child = right;
      if (!this.before(heap[child]!.row, item.row)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  }
}
