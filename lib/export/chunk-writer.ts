/**
 * UTF-8 bytes written text by text into one reused buffer. Encoding each row's text as it
 * comes is cheaper than joining a chunk's rows into one long string first (flattening a
 * string of thousands of pieces) and far cheaper than `TextEncoder.encode`, which sizes
 * and allocates anew for every call. `take()` copies the bytes out: the copy is what the
 * stream keeps (or a worker transfers), the buffer is reused for the next chunk.
 * (Buffer: the exports run on Node.)
 */
export class ChunkWriter {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private length = 0;

  /** Bytes written since the last `take()`. */
  get size(): number {
    return this.length;
  }

  append(text: string): void {
    // A UTF-16 code unit takes at most 3 UTF-8 bytes (a surrogate pair: 4 bytes for 2 units).
    const worst = this.length + text.length * 3;
    if (worst > this.buffer.length) this.grow(worst);
    this.length += this.buffer.write(text, this.length, 'utf8');
  }

  /** Copies `bytes[from, to)` in. */
  appendBytes(bytes: Uint8Array, from: number, to: number): void {
    const worst = this.length + (to - from);
    if (worst > this.buffer.length) this.grow(worst);
    this.buffer.set(bytes.subarray(from, to), this.length);
    this.length = worst;
  }

  take(): Uint8Array {
    const bytes = new Uint8Array(this.length);
    bytes.set(this.buffer.subarray(0, this.length));
    this.length = 0;
    return bytes;
  }

  private grow(needed: number): void {
    const grown = Buffer.allocUnsafe(Math.max(needed, 2 * this.buffer.length));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
