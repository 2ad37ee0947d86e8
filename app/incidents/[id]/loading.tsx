export default function LoadingIncident() {
  return (
    <div className="incident-detail" aria-busy="true">
      <div className="skeleton-block" style={{ height: 40, width: 360, marginBottom: 16 }} />
      <div className="detail-grid">
        <div className="skeleton-block" style={{ height: 260 }} />
        <div className="skeleton-block" style={{ height: 260 }} />
      </div>
      <div className="skeleton-block" style={{ height: 320, marginTop: 16 }} />
    </div>
  );
}
