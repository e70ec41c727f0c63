/**
 * The redemption loop of `npm run bench:vouchers`, the same whether commands go through the
 * service layer or over HTTP: each client, on its own company, takes the next of its contracts
 * (registered and confirmed before the clock starts — issue #13 item 11 times hold + capture), the
 * provider holds and then captures it (5 % are voided instead, 10 % of captures take part of the
 * hold and release the rest). 10 % of the commands are sent twice with the same key — half one
 * after the other, half at the same moment — and both answers are compared: exactly one may be
 * fresh, and the replay must equal it.
 */
import { isDeepStrictEqual } from 'node:util';

/** An idempotent command's answer, as either driver reports it. */
export interface CommandAnswer {
  status: number;
  body: { id: string; status: string; heldFen: number; capturedFen: number };
  replayed: boolean;
}

/** One way to send the commands: the services in-process, or a provider's system over HTTP. */
export interface RedemptionDriver {
  hold(client: number, key: string, contractId: string): Promise<CommandAnswer>;
  capture(
    client: number,
    key: string,
    contractId: string,
    input: { amountFen?: number; invoiceNumber: string; deliveryProof: string },
  ): Promise<CommandAnswer>;
  void(client: number, key: string, contractId: string): Promise<CommandAnswer>;
}

export interface LoadResult {
  seconds: number;
  redemptions: number;
  captured: number;
  voided: number;
  commands: number;
  duplicateSends: number;
  /** A duplicate send that made a second effect (two fresh answers). */
  doubleEffects: number;
  /** A replayed answer that differs from the first one. */
  replayMismatches: number;
  errors: number;
  /** Clients that used up their prepared contracts before the clock stopped (0: add more). */
  exhaustedClients: number;
  firstErrors: string[];
  commandLatenciesMs: number[];
  redemptionLatenciesMs: number[];
  /** What each redemption should have done, for the checks at the end. */
  expected: { contractId: string; heldFen: number; capturedFen: number; voided: boolean }[];
}

export const CONTRACT_AMOUNT_FEN = 10_000;
/** A.V1 compute share for a company that is not a start-up (policies/parameters.yaml). */
export const HELD_FEN = 5_000;
const PARTIAL_CAPTURE_FEN = 4_000;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function latencySummary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50Ms: Number(percentile(sorted, 50).toFixed(2)),
    p99Ms: Number(percentile(sorted, 99).toFixed(2)),
  };
}

/** Runs `clients` redemption loops for `seconds`; `companyOf(client)` gives its credit code. */
export async function runRedemptionLoad(
  driver: RedemptionDriver,
  options: {
    clients: number;
    seconds: number;
    tag: string;
    /** Each client's confirmed contracts, used one per redemption. */
    contractsOf: (client: number) => string[];
    random?: () => number;
  },
): Promise<LoadResult> {
  const random = options.random ?? Math.random;
  const result: LoadResult = {
    seconds: 0,
    redemptions: 0,
    captured: 0,
    voided: 0,
    commands: 0,
    duplicateSends: 0,
    doubleEffects: 0,
    replayMismatches: 0,
    errors: 0,
    exhaustedClients: 0,
    firstErrors: [],
    commandLatenciesMs: [],
    redemptionLatenciesMs: [],
    expected: [],
  };

  /** Sends a command, 10 % of the time twice with the same key; returns the first answer. */
  async function send(call: () => Promise<CommandAnswer>): Promise<CommandAnswer> {
    const started = performance.now();
    const draw = random();
    let answers: CommandAnswer[];
    if (draw < 0.05) answers = await Promise.all([call(), call()]);
    else if (draw < 0.1) answers = [await call(), await call()];
    else answers = [await call()];
    result.commandLatenciesMs.push(performance.now() - started);
    result.commands += 1;
    if (answers.length === 2) {
      result.duplicateSends += 1;
      const fresh = answers.filter((answer) => !answer.replayed);
      if (fresh.length !== 1) result.doubleEffects += 1;
      if (
        answers[0]!.status !== answers[1]!.status ||
        !isDeepStrictEqual(answers[0]!.body, answers[1]!.body)
      )
        result.replayMismatches += 1;
      return fresh[0] ?? answers[0]!;
    }
    return answers[0]!;
  }

  const deadline = performance.now() + options.seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      const contracts = [...options.contractsOf(client)];
      for (let sequence = 0; performance.now() < deadline; sequence += 1) {
        const contractId = contracts.pop();
        if (contractId === undefined) {
          result.exhaustedClients += 1;
          break;
        }
        const began = performance.now();
        const key = `${options.tag}-${client}-${sequence}`;
        try {
          const held = await send(() => driver.hold(client, `${key}-hold`, contractId));
          if (held.body.heldFen !== HELD_FEN) throw new Error(`held ${held.body.heldFen}`);
          const draw = random();
          if (draw < 0.05) {
            await send(() => driver.void(client, `${key}-void`, contractId));
            result.voided += 1;
            result.expected.push({ contractId, heldFen: HELD_FEN, capturedFen: 0, voided: true });
          } else {
            const partial = draw < 0.15;
            const captured = await send(() =>
              driver.capture(client, `${key}-capture`, contractId, {
                ...(partial ? { amountFen: PARTIAL_CAPTURE_FEN } : {}),
                invoiceNumber: `INV-${key}`,
                deliveryProof: 'bench:vouchers delivery record',
              }),
            );
            const capturedFen = partial ? PARTIAL_CAPTURE_FEN : HELD_FEN;
            if (captured.body.capturedFen !== capturedFen)
              throw new Error(`captured ${captured.body.capturedFen}`);
            result.captured += 1;
            result.expected.push({ contractId, heldFen: HELD_FEN, capturedFen, voided: false });
          }
          result.redemptions += 1;
          result.redemptionLatenciesMs.push(performance.now() - began);
        } catch (error) {
          result.errors += 1;
          if (result.firstErrors.length < 5)
            result.firstErrors.push(error instanceof Error ? error.message : String(error));
        }
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
