import type { IncidentSourceDetail } from '@/db/types';
import { safeHref } from '@/components/safe-href';
import { HighlightedText } from './HighlightedText';

export function SourceArticle({ source, evidence }: { source: IncidentSourceDetail; evidence: string[] }) {
  const href = safeHref(source.url);
  return (
    <section className="panel source" data-testid="source-article">
      <h3 dir="auto" lang={source.lang} data-testid="source-title">
        {source.title}
      </h3>
      <p className="source-meta">
        <span>Published {source.published ?? 'unknown'}</span>
        <span>Language: {source.lang === 'ar' ? 'Arabic' : 'English'}</span>
        <span>Article #{source.articleId}</span>
        {href ? (
          <a href={href} rel="noopener noreferrer nofollow" target="_blank">
            Original article
          </a>
        ) : (
          source.url && <span className="muted">URL: {source.url}</span>
        )}
      </p>
      <p className="muted small">Highlighted: the sentence(s) this incident was coded from.</p>
      <HighlightedText text={source.text} evidence={evidence} title={source.title} lang={source.lang} />
    </section>
  );
}
