import { describe, expect, it } from 'vitest';
import { evidenceSegments } from '@/components/incident/evidence-segments';

const join = (segs: { text: string }[]) => segs.map((s) => s.text).join('');
const marked = (segs: { text: string; marked: boolean }[]) => segs.filter((s) => s.marked).map((s) => s.text);

describe('evidenceSegments', () => {
  it('marks a verbatim evidence sentence and keeps every character of the text', () => {
    const text = 'Intro line. Gunmen kidnapped four hunters near Lake Hamrin on Monday. Police are searching.';
    const segs = evidenceSegments(text, ['Gunmen kidnapped four hunters near Lake Hamrin on Monday.']);
    expect(join(segs)).toBe(text);
    expect(marked(segs)).toEqual(['Gunmen kidnapped four hunters near Lake Hamrin on Monday.']);
  });

  it('tolerates different whitespace between the words', () => {
    const text = 'A drone struck\nthe base   at dawn. Nobody was hurt.';
    const segs = evidenceSegments(text, ['A drone struck the base at dawn.']);
    expect(marked(segs)).toEqual(['A drone struck\nthe base   at dawn.']);
  });

  it('falls back to single sentences when the joined evidence is not in the text', () => {
    const text = 'First sentence about a bombing in Baqubah. Unrelated middle. Second sentence: two were killed there.';
    const segs = evidenceSegments(text, ['First sentence about a bombing in Baqubah. Second sentence: two were killed there.']);
    expect(marked(segs)).toEqual([
      'First sentence about a bombing in Baqubah.',
      'Second sentence: two were killed there.',
    ]);
    expect(join(segs)).toBe(text);
  });

  it('handles Arabic text and regex metacharacters literally', () => {
    const text = 'قال مصدر أمني (الاثنين) إن عبوة ناسفة انفجرت في بعقوبة. وأضاف المصدر.';
    const segs = evidenceSegments(text, ['إن عبوة ناسفة انفجرت في بعقوبة.']);
    expect(marked(segs)).toEqual(['إن عبوة ناسفة انفجرت في بعقوبة.']);
    expect(evidenceSegments('a (b) [c] $d', ['(b) [c] $d']).filter((s) => s.marked)).toHaveLength(1);
  });

  it('merges overlapping evidence of several incidents and marks nothing when absent', () => {
    const text = 'One two three four five six seven eight.';
    expect(marked(evidenceSegments(text, ['One two three four', 'three four five six']))).toEqual([
      'One two three four five six',
    ]);
    const none = evidenceSegments(text, ['not in the article at all']);
    expect(none).toEqual([{ text, marked: false }]);
  });

  it('keeps markup-looking text as plain segment text', () => {
    const text = 'Title <script>alert(1)</script> and <img src=x onerror=alert(1)> here.';
    const segs = evidenceSegments(text, ['<img src=x onerror=alert(1)>']);
    expect(marked(segs)).toEqual(['<img src=x onerror=alert(1)>']);
    expect(join(segs)).toBe(text);
  });

  it('ignores the article title that the extractor put in front of the evidence', () => {
    const title = 'Money changer kidnapped in Ain al-Tamr';
    const text = 'KARBALA — Unknown gunmen kidnapped a money changer on Sunday. The man was taken away.';
    const segs = evidenceSegments(text, [`${title} KARBALA — Unknown gunmen kidnapped a money changer on Sunday.`], title);
    expect(marked(segs)).toEqual(['KARBALA — Unknown gunmen kidnapped a money changer on Sunday.']);
  });
});
