/**
 * The load generator of `npm run bench:engine`, run as a child process so that generating load
 * and reading ~20 KB responses does not take CPU from the server under test (in a deployment
 * the clients are elsewhere). Reads its options as JSON from argv[2] (requests from a file) and
 * prints the result as JSON.
 *   mode "autocannon": autocannon's saturating run (latency in whole milliseconds);
 *   mode "sequential": one keep-alive connection, one request at a time, each timed in
 *   microseconds (autocannon's millisecond resolution cannot tell sub-millisecond routes apart).
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

interface LoadOptions extends autocannon.Options {
  mode: 'autocannon' | 'sequential';
  requestsFile?: string;
}

const options = JSON.parse(process.argv[2]!) as LoadOptions;
const requests = options.requestsFile
  ? (JSON.parse(readFileSync(options.requestsFile, 'utf8')) as autocannon.Request[])
  : undefined;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function sequential() {
  const url = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const latenciesUs: number[] = [];
  const deadline = Date.now() + (options.duration ?? 10) * 1000;
  let non2xx = 0;
  for (let index = 0; Date.now() < deadline; index += 1) {
    const spec = requests
      ? requests[index % requests.length]!
      : { method: 'GET', path: url.pathname };
    const started = process.hrtime.bigint();
    const status = await new Promise<number>((resolve, reject) => {
      const outgoing = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: spec.method ?? 'GET',
          path: spec.path ?? url.pathname,
          headers: spec.headers,
        },
        (response) => {
          response.on('data', () => undefined);
          response.on('end', () => resolve(response.statusCode ?? 0));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(spec.body);
    });
    latenciesUs.push(Number(process.hrtime.bigint() - started) / 1000);
    if (status < 200 || status > 299) non2xx += 1;
  }
  agent.destroy();
  latenciesUs.sort((a, b) => a - b);
  return {
    requests: latenciesUs.length,
    p50Ms: percentile(latenciesUs, 50) / 1000,
    p99Ms: percentile(latenciesUs, 99) / 1000,
    non2xx,
  };
}

if (options.mode === 'sequential') {
  console.log(JSON.stringify(await sequential()));
} else {
  const { mode: _mode, requestsFile: _file, ...rest } = options;
  autocannon({ ...rest, ...(requests ? { requests } : {}) }, (error, result) => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    console.log(
      JSON.stringify({
        requests: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        non2xx: result.non2xx,
      }),
    );
  });
}
