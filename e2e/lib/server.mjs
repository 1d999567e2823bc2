// Test harness: starts `quartier serve --demo` on a free loopback port with a
// fresh data directory (or against QUARTIER_E2E_DATABASE_URL), waits for
// /healthz, runs CLI commands with the same environment, and stops it again.
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));

/** Repository root (e2e/..). */
export const REPO_ROOT = path.resolve(here, '..', '..');
/** The quartier binary (override with QUARTIER_BIN). */
export const BIN = process.env.QUARTIER_BIN
  ? path.resolve(process.env.QUARTIER_BIN)
  : path.join(REPO_ROOT, 'target', 'debug', 'quartier');

/** Environment for the server and the CLI, without inherited QUARTIER_* settings. */
function serverEnv(dataDir) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('QUARTIER_')) env[k] = v;
  }
  env.QUARTIER_DATA_DIR = dataDir;
  env.QUARTIER_LOG = env.QUARTIER_LOG_E2E || 'warn';
  // Many sign-ins from one address in a few seconds: keep the limiter out of the way.
  env.QUARTIER_AUTH_RATE_PER_MINUTE = '10000';
  if (process.env.QUARTIER_E2E_DATABASE_URL) {
    env.QUARTIER_DATABASE_URL = process.env.QUARTIER_E2E_DATABASE_URL;
  }
  return env;
}

/**
 * Starts a demo server. Returns { url, dataDir, env, cli(args), stop() }.
 */
export async function startServer(opts = {}) {
  try {
    return await startOnce(opts);
  } catch (e) {
    // Several test files seeding one fresh PostgreSQL database at the same
    // moment: the loser fails on a unique key; the demo is there on a retry.
    if (!process.env.QUARTIER_E2E_DATABASE_URL || !/exited early/.test(String(e.message))) throw e;
    await new Promise((r) => setTimeout(r, 1000 + Math.random() * 1000));
    return startOnce(opts);
  }
}

async function startOnce({ timeoutMs = 60_000 } = {}) {
  if (!existsSync(BIN)) {
    throw new Error(`quartier binary not found at ${BIN}: run \`cargo build -p quartier\` or set QUARTIER_BIN`);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'quartier-e2e-'));
  const env = serverEnv(dataDir);
  const child = spawn(BIN, ['serve', '--demo', '--listen', '127.0.0.1:0'], {
    cwd: dataDir, // no stray ./quartier.toml
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-20_000); });
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not print its address within ${timeoutMs} ms\n${stderr}`)), timeoutMs);
    child.stdout.on('data', (d) => {
      stdout += d;
      const m = stdout.match(/running at (http:\/\/[^\s/]+)\//);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (code ${code}, signal ${signal})\n${stderr}`));
    });
  });

  // Wait for /healthz.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) break;
    } catch { /* not yet */ }
    if (exited) throw new Error(`server exited (code ${exited.code})\n${stderr}`);
    if (Date.now() > deadline) throw new Error(`/healthz not ready within ${timeoutMs} ms\n${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  async function cli(args) {
    const { stdout: out } = await execFileP(BIN, args, { cwd: dataDir, env, timeout: 60_000, maxBuffer: 16 << 20 });
    return out;
  }

  async function stop() {
    if (!exited) {
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const t = setTimeout(() => { if (!exited) child.kill('SIGKILL'); }, 10_000);
      await done;
      clearTimeout(t);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  return { url, dataDir, env, cli, stop, logs: () => stderr };
}

/** The route list from `quartier admin routes`. */
export async function routes(server) {
  return JSON.parse(await server.cli(['admin', 'routes']));
}

/** Outbox mails to `email` (newest first) from `quartier admin outbox`. */
export async function outbox(server, email) {
  return JSON.parse(await server.cli(['admin', 'outbox', '--to', email]));
}

/** Waits (bounded) until a mail to `email` exists and returns the newest one. */
export async function waitForMail(server, email, { timeoutMs = 15_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await outbox(server, email);
    if (mails.length > 0) return mails[0];
    if (Date.now() > deadline) throw new Error(`no mail to ${email} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The first http(s) link in a text that contains `needle` (e.g. "/verify?token="). */
export function linkIn(text, needle) {
  const links = text.match(/https?:\/\/[^\s<>"')]+/g) || [];
  const link = links.find((l) => l.includes(needle));
  if (!link) throw new Error(`no link containing ${needle} in:\n${text}`);
  return link;
}

/** Path and query of a URL (mails carry the configured base URL). */
export function pathOf(link) {
  const u = new URL(link);
  return u.pathname + u.search;
}
