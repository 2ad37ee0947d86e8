/**
 * A byte stream built from a lazy row iterator: each pull encodes a bounded batch
 * of rows, so memory stays flat however many rows the export has, and a client that
 * reads slowly holds the producer back (the stream only pulls when its queue drains).
 */

export interface TextStreamOptions<T> {
  head: string;
  tail: string;
  /** Text for one row, or null to skip the row. */
  encode: (row: T) => string | null;
  /** Written between two encoded rows (not before the first). */
  separator?: string;
  rowsPerChunk?: number;
  /** Called exactly once when the stream finishes, fails or is cancelled. */
  onClose?: () => void;
}

export function textStreamFromRows<T>(rows: Iterable<T>, opts: TextStreamOptions<T>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // Each pull runs synchronous SQLite reads on the server's only thread; small batches
  // (a few ms each) let other requests interleave with a long export.
  const perChunk = opts.rowsPerChunk ?? 500;
  const separator = opts.separator ?? '';
  let iterator: Iterator<T> | null = null;
  let wroteRow = false;
  let closed = false;

  const finish = () => {
    if (closed) return;
    closed = true;
    try {
      iterator?.return?.();
    } finally {
      opts.onClose?.();
    }
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(opts.head));
      },
      pull(controller) {
        try {
          iterator ??= rows[Symbol.iterator]();
          const parts: string[] = [];
          for (let i = 0; i < perChunk; i++) {
            const next = iterator.next();
            if (next.done) {
              parts.push(opts.tail);
              controller.enqueue(encoder.encode(parts.join('')));
              iterator = null; // exhausted: nothing to return()
              finish();
              controller.close();
              return;
            }
            const text = opts.encode(next.value);
            if (text === null) continue;
            if (wroteRow) parts.push(separator);
            parts.push(text);
            wroteRow = true;
          }
          controller.enqueue(encoder.encode(parts.join('')));
        } catch (err) {
          finish();
          controller.error(err);
        }
      },
      cancel() {
        finish();
      },
    },
    { highWaterMark: 1 },
  );
}
