import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BatchedInsert } from '@/scripts/synthetic/batched-insert';

describe('BatchedInsert', () => {
  it('writes every row, in order, full statements and the remainder alike', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (seq INTEGER PRIMARY KEY AUTOINCREMENT, a INTEGER, b TEXT)');
    const ins = new BatchedInsert(db, 't', ['a', 'b'], 4);
    for (let i = 0; i < 10; i++) ins.add(i, i % 3 === 0 ? null : `v${i}`);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(8); // two full statements so far
    ins.flush();
    const rows = db.prepare('SELECT a, b FROM t ORDER BY seq').all();
    expect(rows).toEqual(Array.from({ length: 10 }, (_, i) => ({ a: i, b: i % 3 === 0 ? null : `v${i}` })));
    ins.flush(); // nothing queued: no-op
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(10);
  });

  it('refuses a row with the wrong number of values', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (a, b)');
    expect(() => new BatchedInsert(db, 't', ['a', 'b']).add(1)).toThrow(/1 values for 2 columns/);
  });
});
