import { cpus, loadavg, totalmem, type } from 'node:os';

/**
 * The `machine` of a bench result: what ran it, and the 1-minute load average when the run
 * ended (the machines are shared; a high load means other work took cores during the run).
 */
export function describeMachine() {
  return {
    os: type(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage1m: Number((loadavg()[0] ?? 0).toFixed(2)),
  };
}
