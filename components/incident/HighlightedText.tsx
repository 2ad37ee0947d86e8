import { evidenceSegments } from './evidence-segments';

/** Article text with the evidence in <mark>; paragraphs kept via CSS white-space, not HTML. */
export function HighlightedText({
  text,
  evidence,
  title,
  lang,
}: {
  text: string;
  evidence: string[];
  title?: string;
  lang?: string;
}) {
  const segments = evidenceSegments(text, evidence, title);
  return (
    <div className="article-text" dir="auto" lang={lang} data-testid="article-text">
      {segments.map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </div>
  );
}
