/**
 * Where the e2e server lives. Shared by playwright.config.ts, the server wrapper and the
 * specs (the XSS spec ingests into the same database file the server reads).
 */
import os from 'node:os';
import path from 'node:path';

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3117);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DIR = path.join(os.tmpdir(), 'iraq-incidents-e2e');
export const E2E_DATABASE_PATH = path.join(E2E_DIR, 'e2e.db');
/** Lets the XSS spec write through the authenticated API as well as through the CLI. */
export const E2E_ADMIN_TOKEN = 'e2e-admin-token-not-secret-0123456789';
