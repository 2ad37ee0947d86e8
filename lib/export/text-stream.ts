/**
 * A byte stream built from a row source: each pull encodes a bounded batch of rows, so
 * memory stays flat however many rows the export has, and a client that reads slowly
 * holds the producer back (the stream only pulls when its queue drains).
 *
 * The rows are read synchronously on the server's only thread. Every pull first gives the
 * event loop a turn (setImmediate), and so does every step of the source's up-front work,
 * so other requests are served between two slices of the export instead of after it.
 */
import { ChunkWriter } from './chunk-writer';
import { isRowSource, rowSourceFromIterable, type RowSource } from './row-source';

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

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `rows` must not yield undefined (it marks the end of a source). */
export function textStreamFromRows<T>(rows: Iterable<T> | RowSource<T>, opts: TextStreamOptions<T>): ReadableStream<Uint8Array> {
  // A few ms of encoding per chunk, and chunks large enough that the per-chunk costs
  // (a turn of the event loop, the stream's bookkeeping, one write) stay small.
  const perChunk = opts.rowsPerChunk ?? 1000;
  const separator = opts.separator ?? '';
  const source = isRowSource(rows) ? rows : rowSourceFromIterable(rows);
  const chunk = new ChunkWriter();
  let wroteRow = false;
  let closed = false;

  const finish = () => {
    if (closed) return;
    closed = true;
    try {
      source.close();
    } finally {
      opts.onClose?.();
    }
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        chunk.append(opts.head);
        controller.enqueue(chunk.take());
      },
      async pull(controller) {
        try {
          await nextTurn();
          while (!closed && !source.prepare()) await nextTurn();
          if (closed) return; // cancelled while waiting
          for (let i = 0; i < perChunk; i++) {
            const row = source.next();
            if (row === undefined) {
              chunk.append(opts.tail);
              controller.enqueue(chunk.take());
              finish();
              controller.close();
              return;
            }
            const part = opts.encode(row);
            if (part === null) continue;
            chunk.append(wroteRow ? separator + part : part);
            wroteRow = true;
          }
          controller.enqueue(chunk.take());
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
