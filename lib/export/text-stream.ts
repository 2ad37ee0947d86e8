/**
 * A byte stream built from a row source: each pull encodes a bounded batch of rows, so
 * memory stays flat however many rows the export has, and a client that reads slowly
 * holds the producer back (the stream only pulls when its queue drains).
 *
 * The rows are read synchronously on the server's only thread. Every pull first gives the
 * event loop a turn (setImmediate), and so does every step of the source's up-front work,
 * so other requests are served between two slices of the export instead of after it.
 */
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
/**
 * A chunk's UTF-8 bytes, written row by row into one reused buffer. Encoding each row's
 * text as it comes is cheaper than joining a chunk's rows into one long string first
 * (flattening a string of thousands of pieces) and far cheaper than `TextEncoder.encode`,
 * which sizes and allocates anew for every call. `take()` copies the bytes out: the copy
 * is what the stream keeps, the buffer is reused for the next chunk. (Buffer: the export
 * routes run on Node.)
 */
class ChunkWriter {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private length = 0;

  append(text: string): void {
    // A UTF-16 code unit takes at most 3 UTF-8 bytes (a surrogate pair: 4 bytes for 2 units).
    const worst = this.length + text.length * 3;
    if (worst > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(worst, 2 * this.buffer.length));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  take(): Uint8Array {
    const bytes = new Uint8Array(this.length);
    bytes.set(this.buffer.subarray(0, this.length));
    this.length = 0;
    return bytes;
  }
}

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
