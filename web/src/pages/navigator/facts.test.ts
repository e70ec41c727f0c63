import { describe, expect, it } from 'vitest';
import { withoutCompanyIfNone, withPurchaseByKind } from './facts';

describe('a profile saved with the single-choice planned purchase', () => {
  it('becomes the block of the kind it named; the other kinds stay open to be asked', () => {
    const saved = {
      company: {
        isStartup: true,
        plannedPurchase: { kind: 'compute', amountFen: 400_000_000, relatedParty: false },
      },
    };
    expect(withPurchaseByKind(saved)).toEqual({
      company: {
        isStartup: true,
        plannedPurchase: {
          compute: { planned: true, amountFen: 400_000_000, relatedParty: false },
        },
      },
    });
  });

  it('reads "no purchase planned" as no kind planned, and keeps answers given kind by kind', () => {
    expect(
      withPurchaseByKind({
        company: { plannedPurchase: { kind: 'none', model: { planned: true } } },
      }),
    ).toEqual({
      company: {
        plannedPurchase: {
          compute: { planned: false },
          model: { planned: true },
          corpus: { planned: false },
        },
      },
    });
  });

  it('leaves a profile without the single choice as it is', () => {
    const facts = { company: { plannedPurchase: { corpus: { planned: true } } } };
    expect(withPurchaseByKind(facts)).toBe(facts);
  });
});

describe('"no company" and the company answers', () => {
  it('withdraws the company answers while the person says they have no company', () => {
    expect(
      withoutCompanyIfNone({ person: { hasCompany: false }, company: { teamSize: 1 } }),
    ).toEqual({ person: { hasCompany: false } });
    const founder = { person: { hasCompany: true }, company: { teamSize: 1 } };
    expect(withoutCompanyIfNone(founder)).toBe(founder);
  });
});
