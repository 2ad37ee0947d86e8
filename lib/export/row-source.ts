/**
 * Where an export stream takes its rows from. Besides reading rows, a source may have
 * up-front work (an export in date order first sorts its rows); it does that work in
 * bounded slices so that the stream can give the event loop back between them and a
 * long export never holds up the server's other requests for more than one slice.
 */
export interface RowSource<T> {
  /** Does one bounded slice of the up-front work; true once rows can be read. */
  prepare(): boolean;
  /** The next row, or undefined after the last. Only after prepare() returned true. */
  next(): T | undefined;
  /** Releases what the source holds; safe to call more than once, also before the end. */
  close(): void;
}

export function isRowSource<T>(rows: Iterable<T> | RowSource<T>): rows is RowSource<T> {
  return typeof (rows as Partial<RowSource<T>>).prepare === 'function';
}

/** A plain iterable as a source with nothing to prepare. */
export function rowSourceFromIterable<T>(rows: Iterable<T>): RowSource<T> {
  let iterator: Iterator<T> | null = null;
  let closed = false;
  return {
    prepare: () => true,
    next() {
      if (closed) return undefined;
      iterator ??= rows[Symbol.iterator]();
      const r = iterator.next();
      if (r.done) {
        iterator = null; // exhausted: nothing to return()
        closed = true;
        return undefined;
      }
      return r.value;
    },
    close() {
      if (closed) return;
      closed = true;
      const it = iterator;
      iterator = null;
      it?.return?.();
    },
  };
}
