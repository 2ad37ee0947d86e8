import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getIncident } from '@/db/queries';
import { INCIDENT_TYPE_COLOURS } from '@/components/incident-type-colours';
import { actorLabel, casualty, STATUS_LABELS, typeLabel } from '@/components/labels';
import { SourceArticle } from '@/components/incident/SourceArticle';
import { ReviewPanel } from '@/components/incident/ReviewPanel';

type Params = Promise<{ id: string }>;

function parseId(raw: string): number | null {
  if (!/^[1-9]\d{0,15}$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  return { title: `Incident #${id} · Iraq Incident Tracker` };
}

export default async function IncidentPage({ params }: { params: Params }) {
  const { id: raw } = await params;
  const id = parseId(raw);
  if (id === null) notFound();
  const incident = getIncident(id);
  if (!incident) notFound();

  const perpetrators = incident.actors.filter((a) => a.role === 'perpetrator');
  const targets = incident.actors.filter((a) => a.role === 'target');
  const evidenceBySource = (articleId: number) =>
    incident.sources.filter((s) => s.articleId === articleId).map((s) => s.evidence);

  return (
    <article className="incident-detail">
      <p className="breadcrumb">
        <Link href="/">← Back to the dashboard</Link>
      </p>
      <header className="incident-head">
        <h1>
          <span className="swatch round large" style={{ background: INCIDENT_TYPE_COLOURS[incident.type] }} aria-hidden="true" />
          {typeLabel(incident.type)}
          <span className="muted incident-number">· incident #{incident.id}</span>
        </h1>
        <span className={`status status-${incident.status}`} data-testid="incident-status">
          {STATUS_LABELS[incident.status] ?? incident.status}
        </span>
      </header>

      <div className="detail-grid">
        <section className="panel">
          <h2>Event</h2>
          <dl className="fields">
            <dt>Date</dt>
            <dd>
              {incident.date ?? 'unknown'}
              {incident.date_precision && incident.date_precision !== 'day' && (
                <span className="muted"> (precise to the {incident.date_precision})</span>
              )}
            </dd>
            <dt>Governorate</dt>
            <dd>
              {incident.governorateName ? (
                <>
                  {incident.governorateName.en}{' '}
                  <span dir="rtl" lang="ar" className="muted">
                    {incident.governorateName.ar}
                  </span>{' '}
                  <span className="muted">({incident.governorate})</span>
                </>
              ) : (
                'unknown'
              )}
            </dd>
            <dt>Place</dt>
            <dd dir="auto">{incident.place ?? 'unknown'}</dd>
            <dt>Coordinates</dt>
            <dd>
              {incident.lat !== null && incident.lon !== null
                ? `${incident.lat.toFixed(4)}, ${incident.lon.toFixed(4)}`
                : 'unknown'}
            </dd>
            <dt>Killed</dt>
            <dd>{casualty(incident.killed)}</dd>
            <dt>Injured</dt>
            <dd>{casualty(incident.injured)}</dd>
            <dt>Kidnapped</dt>
            <dd>{casualty(incident.kidnapped)}</dd>
            <dt>Recorded</dt>
            <dd>
              {incident.createdAt}
              {incident.updatedAt !== incident.createdAt && <span className="muted"> · updated {incident.updatedAt}</span>}
            </dd>
          </dl>
          <p className="muted small">“–” means the sources do not report the figure.</p>
        </section>

        <section className="panel">
          <h2>Actors</h2>
          <dl className="fields">
            <dt>Perpetrators</dt>
            <dd>{perpetrators.length ? perpetrators.map((a) => actorLabel(a.id)).join(', ') : 'not attributed'}</dd>
            <dt>Targets</dt>
            <dd>{targets.length ? targets.map((a) => actorLabel(a.id)).join(', ') : 'not named'}</dd>
          </dl>
          <h2>Review</h2>
          <ReviewPanel id={incident.id} status={incident.status} />
        </section>
      </div>

      <section className="sources">
        <h2>
          Sources <span className="muted">({incident.sources.length})</span>
        </h2>
        {incident.sources.map((s, i) => (
          <SourceArticle key={`${s.articleId}-${i}`} source={s} evidence={evidenceBySource(s.articleId)} />
        ))}
      </section>
    </article>
  );
}
