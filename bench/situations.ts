import { addDays, applyImpliedFacts, type Catalogue, type Facts } from '../src/engine';

/** The share of facts left out of a situation: realistic situations are incomplete. */
export const MISSING_SHARE = 0.2;

/** mulberry32: a small, fast, seeded PRNG (the same situations on every run). */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Seeded, realistic situations: founders with companies (55 %), graduates (20 %), importers with
 * a shipment (20 %) and newcomers who have told almost nothing (5 %); each fact missing with
 * probability {@link MISSING_SHARE}; evaluation dates over 2026–2027.
 */
export function makeSituations(count: number, catalogue: Catalogue, seed: number) {
  const random = prng(seed);
  const chance = (p: number) => random() < p;
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const day = (from: string, days: number) => addDays(from, Math.floor(random() * days));
  /** Present with probability 1 − MISSING_SHARE: realistic situations are incomplete. */
  const maybe = <T>(value: () => T): T | undefined => (chance(MISSING_SHARE) ? undefined : value());
  const personIds = catalogue.policies
    .filter((p) => p.definition.for === 'person')
    .map((p) => p.definition.id);
  const companyIds = catalogue.policies
    .filter((p) => p.definition.for === 'company')
    .map((p) => p.definition.id);
  const received = (ids: string[]) => (chance(0.8) ? [] : [pick(ids)]);
  const compact = (object: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
  /** One voucher kind's planned purchase (planned with probability p). */
  const purchase = (p: number) =>
    maybe(() =>
      compact({
        planned: maybe(() => chance(p)),
        amountFen: maybe(() => Math.floor(random() * 2_000_000) * 1_000),
        relatedParty: maybe(() => chance(0.1)),
      }),
    );

  const person = (founder: boolean) =>
    compact({
      hasCompany: maybe(() => (founder ? chance(0.9) : chance(0.15))),
      highestDegree: maybe(() =>
        pick(['phd', 'master', 'master', 'bachelor', 'bachelor', 'bachelor', 'other']),
      ),
      graduationDate: maybe(() => day('2012-01-01', 365 * 14)),
      newlyArrived: maybe(() => chance(0.4)),
      returneeFromStudyAbroad: maybe(() => chance(0.2)),
      meetsReturneeConditions: maybe(() => chance(0.5)),
      meetsYouthTalentConditions: maybe(() => chance(0.6)),
      aiAchievements: maybe(() =>
        chance(0.6)
          ? [{ kind: pick(['open-source', 'application', 'competition']), description: 'work' }]
          : [],
      ),
      talentRecognized: maybe(() => chance(0.1)),
      benefitsReceived: maybe(() => received(personIds)),
      isFounder: maybe(() => (founder ? chance(0.95) : chance(0.3))),
      kunpengProjectAdmitted: maybe(() => chance(0.1)),
    });
  /** Vouchers a company has had, per kind, in fen (most have had none). */
  const vouchersReceived = () =>
    compact({
      compute: maybe(() => (chance(0.8) ? 0 : Math.floor(random() * 1_200_000) * 1_000)),
      model: maybe(() => (chance(0.85) ? 0 : Math.floor(random() * 250_000) * 1_000)),
      corpus: maybe(() => (chance(0.85) ? 0 : Math.floor(random() * 250_000) * 1_000)),
    });
  const company = () =>
    compact({
      isAiCompany: maybe(() => chance(0.85)),
      foundedOn: maybe(() => day('2019-01-01', 365 * 7)),
      isStartup: maybe(() => chance(0.7)),
      isSmallOrMicro: maybe(() => chance(0.8)),
      teamSize: maybe(() => 1 + Math.floor(random() * random() * 40)),
      workspace: maybe(() =>
        pick(['opc-community', 'opc-community', 'other-industrial-space', 'none']),
      ),
      meetsSpaceConditions: maybe(() => chance(0.6)),
      kunpengAdmitted: maybe(() => chance(0.15)),
      govScenarioProductInUse: maybe(() => chance(0.1)),
      demonstrationProject: maybe(() => chance(0.15)),
      consortiumChallengeWon: maybe(() => chance(0.05)),
      highGrowth: maybe(() => chance(0.3)),
      // Most clients ask kind by kind; some still send the single choice (still taken).
      plannedPurchase: maybe(() =>
        chance(0.2)
          ? compact({
              kind: maybe(() => pick(['compute', 'compute', 'model', 'corpus', 'none'])),
              amountFen: maybe(() => Math.floor(random() * 2_000_000) * 1_000),
              relatedParty: maybe(() => chance(0.1)),
            })
          : compact({ compute: purchase(0.6), model: purchase(0.3), corpus: purchase(0.2) }),
      ),
      benefitsReceived: maybe(() => received(companyIds)),
      isStartupEnterprise: maybe(() => chance(0.6)),
      vouchersReceivedFen: maybe(vouchersReceived),
    });
  const classes = [
    'equipment-parts',
    'apparatus',
    'consumables',
    'literature',
    'specimens',
    'animals',
  ];
  const importer = () =>
    compact({
      entityType: maybe(() =>
        pick([
          'enterprise',
          'enterprise',
          'public-institution',
          'private-non-enterprise-unit',
          'other',
        ]),
      ),
      registeredInSupervisedArea: maybe(() => chance(0.8)),
      independentLegalPerson: maybe(() => chance(0.9)),
      researchInSupervisedArea: maybe(() => chance(0.8)),
      scienceAndTechnologyUnit: maybe(() => chance(0.8)),
      whiteListed: maybe(() => chance(0.7)),
      waivedClasses: maybe(() =>
        // A waiver can only follow the notice (B.N1, B.D1: in force from 2026-02-10).
        chance(0.85) ? [] : [{ class: pick(classes), on: day('2026-02-10', 365 * 2) }],
      ),
    });
  const goods = () =>
    compact({
      route: maybe(() => pick(['first-line', 'first-line', 'first-line', 'second-line', 'other'])),
      forOwnResearchUse: maybe(() => chance(0.9)),
      onList: maybe(() => chance(0.75)),
      category: maybe(() => pick(classes)),
      excluded: maybe(() => chance(0.05)),
      origin: maybe(() =>
        pick([
          'human',
          'animal',
          'microbial',
          'plant',
          'mineral-or-fossil',
          'synthetic-or-inorganic',
          'instrument-or-article',
          'instrument-or-article',
        ]),
      ),
      partUse: maybe(() => pick(['not-a-part', 'equipment-repair', 'consumed-in-research'])),
    });

  const situations: { facts: Facts; date: string }[] = [];
  for (let index = 0; index < count; index += 1) {
    const roll = random();
    let facts: Facts;
    if (roll < 0.55) {
      // A company object means the person has one (the facts contract): a founder who says
      // they have none describes no company.
      const founder = person(true);
      facts =
        founder.hasCompany === false
          ? { person: founder }
          : { person: founder, company: company() };
    } else if (roll < 0.75) facts = { person: person(false) };
    else if (roll < 0.95) facts = { person: person(false), importer: importer(), goods: goods() };
    else facts = chance(0.5) ? {} : { person: compact({ hasCompany: maybe(() => chance(0.5)) }) };
    // What the engine sees: the facts schema applies the implied facts on every client path.
    situations.push({ facts: applyImpliedFacts(catalogue, facts), date: day('2026-01-01', 730) });
  }
  return situations;
}
