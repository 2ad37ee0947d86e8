/**
 * Next's request proxy (formerly middleware). The dashboard page cannot set its own
 * status code, so a bad query parameter on `/` is answered here: the same page is
 * rendered (it shows which parameter is wrong, with the filters to fix it) under
 * HTTP 400, like the API. The check is the one zod parse of lib/filter.ts.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { parseIncidentFilter, parsePageRequest } from '@/lib/filter';

export function proxy(request: NextRequest): NextResponse {
  const params = request.nextUrl.searchParams;
  if (parseIncidentFilter(params).ok && parsePageRequest(params).ok) return NextResponse.next();
  return NextResponse.rewrite(request.nextUrl, { status: 400 });
}

export const config = {
  matcher: '/',
};
