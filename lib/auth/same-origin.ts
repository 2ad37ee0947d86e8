/**
 * Cross-origin write protection. Browsers send `Origin` on every POST/PATCH/DELETE
 * fetch; when it is present it must name this server. Non-browser clients (curl,
 * ingest scripts) send no Origin and are judged by their bearer token alone.
 */

function requestHosts(request: Request): Set<string> {
  const hosts = new Set<string>([new URL(request.url).host.toLowerCase()]);
  const host = request.headers.get('host');
  if (host) hosts.add(host.toLowerCase());
  // Behind a reverse proxy the public host arrives here.
  const fwd = request.headers.get('x-forwarded-host');
  if (fwd) for (const h of fwd.split(',')) hosts.add(h.trim().toLowerCase());
  return hosts;
}

export type OriginVerdict = 'same' | 'absent' | 'cross';

export function originVerdict(request: Request): OriginVerdict {
  const fetchSite = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  if (origin === null) return fetchSite === 'cross-site' || fetchSite === 'same-site' ? 'cross' : 'absent';
  if (origin === 'null') return 'cross';
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return 'cross';
  }
  return requestHosts(request).has(host) ? 'same' : 'cross';
}
