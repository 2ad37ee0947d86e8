/**
 * The thread behind one part of a parallel export (db/queries/export-stream.ts).
 *
 * Messages in: `open` (file) → `ready` with the snapshot mark; `begin` (the marks
 * differed: take a newer snapshot) → `ready`; `start` (filter, format, share) → sorts;
 * then each `more` → one `batch`. Any failure → `error`, after which the coordinator
 * ends the thread.
 */
import { parentPort } from 'node:worker_threads';
import { ExportPart, type ExportBatch, type PartStart } from './export-part';

export type ToPart =
  | { type: 'open'; file: string }
  | { type: 'begin' }
  | ({ type: 'start' } & PartStart)
  | { type: 'more'; maxRows: number; maxBytes: number };

export type FromPart =
  | { type: 'ready'; mark: string }
  | ({ type: 'batch' } & ExportBatch)
  | { type: 'error'; message: string };

const port = parentPort;
let part: ExportPart | null = null;

function reply(message: FromPart, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

port?.on('message', (m: ToPart) => {
  try {
    if (m.type === 'open') {
      part = new ExportPart(m.file);
      reply({ type: 'ready', mark: part.begin() });
    } else if (m.type === 'begin') {
      reply({ type: 'ready', mark: part!.begin() });
    } else if (m.type === 'start') {
      part!.start(m);
    } else if (part) {
      // (Batches asked for ahead may arrive after the last one was sent: nothing to do.)
      const b = part.batch(m.maxRows, m.maxBytes);
      reply({ type: 'batch', ...b }, [b.bytes.buffer as ArrayBuffer, b.ends.buffer as ArrayBuffer, b.ids.buffer as ArrayBuffer]);
      if (b.last) finish();
    }
  } catch (err) {
    reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    finish();
  }
});

/** Closes the connection; the coordinator ends the thread once it has the last message. */
function finish(): void {
  const p = part;
  part = null;
  p?.close();
}
