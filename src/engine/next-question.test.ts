import { describe, expect, it } from 'vitest';
import { readCatalogueSource } from '../../policies/read-catalogue';
import {
  chooseNextQuestion,
  evaluate,
  loadCatalogue,
  parameterTimeline,
  resolveParameters,
  type Facts,
} from './index';

/**
 * The order of questions (issue #10 item 7): the money an answer settles, for the benefits still
 * possible — and the contract sum of a voucher already granted is such money, so it is asked
 * as soon as it is the largest, not after every other question.
 */

const catalogue = loadCatalogue(readCatalogueSource());
const timelines = new Map(catalogue.parameters.map((p) => [p.id, parameterTimeline(p)]));
const DATE = '2026-12-07';
const parameters = resolveParameters(timelines, DATE);

describe('the next question', () => {
  it('asks the compute contract of an eligible voucher before smaller open questions', () => {
    const facts: Facts = {
      person: { hasCompany: true },
      company: {
        teamSize: 1,
        isStartup: true,
        plannedPurchase: { compute: { planned: true, relatedParty: false } },
        vouchersReceivedFen: { compute: 0 },
      },
    };
    const voucher = evaluate(catalogue, {
      facts,
      date: DATE,
      parameters,
      policies: ['voucher.compute'],
    }).results[0]!;
    expect(voucher.status).toBe('eligible');
    expect(voucher.benefit.pendingFacts).toEqual(['company.plannedPurchase.compute.amountFen']);
    // The ¥10,000,000 the contract settles outranks every question worth less.
    const asked: string[] = [];
    let situation = facts;
    for (let step = 0; step < 40; step += 1) {
      const choice = chooseNextQuestion(catalogue, { facts: situation, date: DATE, parameters });
      if (!choice) break;
      asked.push(choice.factId);
      if (choice.factId === 'company.plannedPurchase.compute.amountFen') {
        expect(choice.purpose).toBe('amount');
        expect(choice.expectedSettledFen).toBe(1_000_000_000);
        break;
      }
      expect(choice.expectedSettledFen).toBeGreaterThanOrEqual(1_000_000_000);
      situation = answerYes(situation, choice.factId);
    }
    expect(asked).toContain('company.plannedPurchase.compute.amountFen');
    expect(asked.indexOf('company.plannedPurchase.compute.amountFen')).toBeLessThan(6);
  });

  it('never asks a skipped fact, amounts included', () => {
    const facts: Facts = {
      person: { hasCompany: true },
      company: {
        isStartup: true,
        plannedPurchase: { compute: { planned: true, relatedParty: false } },
      },
    };
    const skip = ['company.plannedPurchase.compute.amountFen'];
    let situation = facts;
    for (let step = 0; step < 60; step += 1) {
      const choice = chooseNextQuestion(catalogue, {
        facts: situation,
        date: DATE,
        parameters,
        skip,
      });
      if (!choice) break;
      expect(skip).not.toContain(choice.factId);
      situation = answerYes(situation, choice.factId);
    }
  });
});

/** A plain answer by the fact's type: yes, the first option, a recent date, zero, none. */
function answerYes(facts: Facts, factId: string): Facts {
  const fact = catalogue.factIndex.get(factId)!;
  const value =
    fact.type === 'boolean'
      ? true
      : fact.type === 'enum'
        ? fact.options![0]!.value
        : fact.type === 'date'
          ? '2024-06-30'
          : fact.type === 'integer'
            ? 1
            : fact.type === 'money'
              ? 0
              : [];
  const copy = structuredClone(facts) as Record<string, any>;
  const path = factId.split('.');
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] ??= {};
  target[path.at(-1)!] = value;
  return copy as Facts;
}
