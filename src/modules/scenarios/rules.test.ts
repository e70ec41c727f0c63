import { describe, expect, it } from 'vitest';
import { consortiumEligibility, isOnOrBeforeDeadline, scoreSheetProblems, totalOf } from './rules';

describe('deadlines are China days, inclusive', () => {
  it.each([
    ['2027-03-31T15:59:59.999Z', true], // 23:59:59.999 in Shenzhen on the 31st
    ['2027-03-31T16:00:00.000Z', false], // 00:00 on 1 April in Shenzhen
    ['2027-03-30T16:00:00.000Z', true], // 00:00 on the 31st in Shenzhen (still the 30th in UTC)
    ['2027-03-30T15:59:59.999Z', true],
  ])('at %s a deadline of 2027-03-31 is open: %s', (instant, open) => {
    expect(isOnOrBeforeDeadline('2027-03-31', new Date(instant))).toBe(open);
  });
});

describe('a consortium (A.P10)', () => {
  const university = {
    organisationKind: 'research_institution' as const,
    roles: ['research-partner' as const],
    status: 'accepted' as const,
    startupVerified: false,
  };
  const startup = {
    organisationKind: 'company' as const,
    roles: ['lead' as const, 'start-up' as const],
    status: 'accepted' as const,
    startupVerified: false,
  };

  it('needs an accepted research partner and an accepted start-up', () => {
    expect(consortiumEligibility([university, startup]).eligible).toBe(true);
    expect(consortiumEligibility([startup])).toMatchObject({
      eligible: false,
      hasResearchPartner: false,
      hasStartup: true,
    });
    expect(consortiumEligibility([university])).toMatchObject({
      eligible: false,
      hasStartup: false,
    });
  });

  it('counts no one who has not accepted', () => {
    expect(consortiumEligibility([{ ...university, status: 'invited' }, startup]).eligible).toBe(
      false,
    );
    expect(consortiumEligibility([university, { ...startup, status: 'declined' }]).eligible).toBe(
      false,
    );
  });

  it('does not take a research institution as the start-up, nor a company as the research partner', () => {
    expect(
      consortiumEligibility([
        { ...university, roles: ['start-up'] },
        { ...startup, roles: ['research-partner'] },
      ]).eligible,
    ).toBe(false);
  });

  it('knows whether the start-up is verified', () => {
    expect(consortiumEligibility([university, startup]).hasVerifiedStartup).toBe(false);
    expect(
      consortiumEligibility([university, { ...startup, startupVerified: true }]).hasVerifiedStartup,
    ).toBe(true);
  });
});

describe('a score sheet', () => {
  const criteria = [
    { id: 'technical', maxScore: 60 },
    { id: 'team', maxScore: 40 },
  ];
  it('scores every criterion within its maximum', () => {
    expect(scoreSheetProblems(criteria, { technical: 60, team: 0 })).toEqual([]);
    expect(scoreSheetProblems(criteria, { technical: 61, team: 1 })).toHaveLength(1);
    expect(scoreSheetProblems(criteria, { technical: 10 })).toEqual(['team: missing']);
    expect(scoreSheetProblems(criteria, { technical: 1, team: 1, price: 3 })).toEqual([
      'price: unknown',
    ]);
    expect(scoreSheetProblems(criteria, { technical: 1.5, team: 1 })).toHaveLength(1);
    expect(totalOf({ technical: 50, team: 30 })).toBe(80);
  });
});
