/**
 * CPU seconds spent by this process, the children it has reaped (pgbench), and the local
 * PostgreSQL server (every live postgres process plus what the postmaster has reaped of its
 * exited backends), read from /proc. A phase's CPU per transaction does not move with what else
 * the machine runs, as its throughput does; null where /proc or the server's processes cannot be
 * read (a remote server, not Linux).
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** utime, stime, cutime, cstime of /proc/<pid>/stat, in ticks; the command name. */
function statOf(pid: string) {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const close = text.lastIndexOf(')');
  const name = text.slice(text.indexOf('(') + 1, close);
  const fields = text.slice(close + 2).split(' ');
  // After "pid (comm) ": state is field 0, ppid 1, … utime 11, stime 12, cutime 13, cstime 14.
  return {
    name,
    ppid: fields[1]!,
    own: Number(fields[11]) + Number(fields[12]),
    reaped: Number(fields[13]) + Number(fields[14]),
  };
}

function postgresTicks(): number | null {
  let total = 0;
  let found = false;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat;
    try {
      stat = statOf(pid);
    } catch {
      continue; // exited while we looked
    }
    if (stat.name !== 'postgres') continue;
    found = true;
    total += stat.own;
    // The postmaster (its parent is not postgres) has reaped every backend that exited.
    let parentName: string;
    try {
      parentName = statOf(stat.ppid).name;
    } catch {
      parentName = '';
    }
    if (parentName !== 'postgres') total += stat.reaped;
  }
  return found ? total : null;
}

export interface CpuReading {
  node: number;
  postgres: number | null;
}

/** Reads the counters now; `cpuSince(reading)` gives the seconds spent since. */
export function readCpu(): CpuReading {
  const self = statOf('self');
  return { node: (self.own + self.reaped) / TICKS_PER_SECOND, postgres: tick(postgresTicks()) };
}

function tick(ticks: number | null) {
  return ticks === null ? null : ticks / TICKS_PER_SECOND;
}

/** CPU seconds since `start`: the client side (this process and its reaped children), the server. */
export function cpuSince(start: CpuReading) {
  const now = readCpu();
  const client = now.node - start.node;
  const server =
    now.postgres === null || start.postgres === null ? null : now.postgres - start.postgres;
  return {
    clientSeconds: Number(client.toFixed(2)),
    serverSeconds: server === null ? null : Number(server.toFixed(2)),
  };
}
