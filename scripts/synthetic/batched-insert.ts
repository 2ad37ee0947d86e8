/**
 * INSERT of many rows per statement: `INSERT … VALUES (…), (…), …` with 16 rows bound
 * at once costs about half the CPU of 16 single-row runs (measured on the incidents
 * table), the per-call overhead of better-sqlite3 and of stepping a statement being most
 * of the cost of a narrow row. Rows keep their order.
 */
import type Database from 'better-sqlite3';

export class BatchedInsert {
  private readonly wide: Database.Statement;
  private readonly single: Database.Statement;
  private readonly params: unknown[];
  private readonly width: number;
  private rows = 0;

  constructor(
    db: Database.Database,
    table: string,
    columns: readonly string[],
    private readonly rowsPerStatement = 16,
  ) {
    this.width = columns.length;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const into = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.wide = db.prepare(into + Array.from({ length: rowsPerStatement }, () => tuple).join(', '));
    this.single = db.prepare(into + tuple);
    this.params = new Array(this.width * rowsPerStatement);
  }

  /** Queues one row (values in column order); written when a statement's worth is queued. */
  add(...values: unknown[]): void {
    if (values.length !== this.width) throw new Error(`BatchedInsert: ${values.length} values for ${this.width} columns`);
    const at = this.rows * this.width;
    for (let i = 0; i < values.length; i++) this.params[at + i] = values[i];
    if (++this.rows === this.rowsPerStatement) {
      this.wide.run(this.params);
      this.rows = 0;
    }
  }

  /** Writes the queued rows. */
  flush(): void {
    for (let r = 0; r < this.rows; r++) this.single.run(this.params.slice(r * this.width, (r + 1) * this.width));
    this.rows = 0;
  }
}
