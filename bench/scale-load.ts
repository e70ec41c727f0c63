/**
 * The load generator of `npm run bench:scale`, run as a child process (see bench/load.ts for
 * why). Reads its plan as JSON from argv[2] and prints one result per page as JSON.
 *
 * For each page in turn (pages of several servers may alternate, so that both see the same
 * background load on a shared machine), `clients` officers (one keep-alive connection each) first send
 * `warmup` requests each, then `requests` timed requests each, all clients at once; every
 * request is timed in microseconds. The server's `x-sql-statements` header, when it sends one,
 * gives the number of SQL statements the request cost.
 */
import { Agent, request } from 'node:http';

export interface LoadPage {
  name: string;
  /** Shown in progress lines: which server (level) the page is on. */
  tag?: string;
  /** The server that serves the page. */
  baseUrl: string;
  path: string;
  /** The `Cookie` header of the officer who opens the page. */
  cookie: string;
}

export interface LoadPlan {
  pages: LoadPage[];
  clients: number;
  warmup: number;
  requests: number;
}

export interface PageLoadResult {
  name: string;
  path: string;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  /** Most SQL statements a request of this page sent; null when the server does not say. */
  statements: number | null;
  /** Mean response size. */
  bytes: number;
}

interface Answer {
  status: number;
  statements: number | null;
  bytes: number;
  microseconds: number;
}

function get(agent: Agent, url: URL, page: LoadPage): Promise<Answer> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'GET',
        path: page.path,
        headers: { cookie: page.cookie, accept: 'application/json' },
      },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        response.on('end', () => {
          const header = response.headers['x-sql-statements'];
          resolve({
            status: response.statusCode ?? 0,
            statements: typeof header === 'string' ? Number(header) : null,
            bytes,
            microseconds: Number(process.hrtime.bigint() - started) / 1000,
          });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

async function loadPage(plan: LoadPlan, page: LoadPage): Promise<PageLoadResult> {
  const url = new URL(page.baseUrl);
  const agents = Array.from(
    { length: plan.clients },
    () => new Agent({ keepAlive: true, maxSockets: 1 }),
  );
  const answers: Answer[] = [];
  const client = async (agent: Agent, count: number, keep: boolean) => {
    for (let index = 0; index < count; index += 1) {
      const answer = await get(agent, url, page);
      if (keep) answers.push(answer);
    }
  };
  await Promise.all(agents.map((agent) => client(agent, plan.warmup, false)));
  await Promise.all(agents.map((agent) => client(agent, plan.requests, true)));
  for (const agent of agents) agent.destroy();
  const latencies = answers.map((answer) => answer.microseconds / 1000).sort((a, b) => a - b);
  const statements = answers
    .map((answer) => answer.statements)
    .filter((value): value is number => value !== null && Number.isFinite(value));
  return {
    name: page.name,
    path: page.path,
    requests: answers.length,
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies[latencies.length - 1] ?? 0),
    non2xx: answers.filter((answer) => answer.status < 200 || answer.status > 299).length,
    statements: statements.length > 0 ? Math.max(...statements) : null,
    bytes: Math.round(answers.reduce((sum, answer) => sum + answer.bytes, 0) / answers.length),
  };
}

// NOTE: run as a script only; bench/scale.ts imports the types above.
if (process.argv[1]?.endsWith('scale-load.ts')) {
  const plan = JSON.parse(process.argv[2]!) as LoadPlan;
  const results: PageLoadResult[] = [];
  for (const page of plan.pages) {
    results.push(await loadPage(plan, page));
    // Progress on stderr; the result on stdout.
    console.error(
      `    ${page.tag ? `[${page.tag}] ` : ''}${page.name}: p99 ${results[results.length - 1]!.p99Ms} ms`,
    );
  }
  console.log(JSON.stringify(results));
}
