/**
 * The limit `bench:engine` measures our engine against (issue #20 item 1): the 19 policies of
 * policies/ written BY HAND as plain TypeScript — no interpretation, no generated code, no
 * catalogue at run time. What a developer would write for exactly these conditions: read the
 * nested facts, compare, decide.
 *
 * Same semantics as the engine's untraced answer:
 *   - three values: eligible, ineligible, unknown; a fact absent or null is unknown, never "no";
 *   - the engine-added criteria: in force on the date (first), once only, no exclusive
 *     alternative received (last);
 *   - for an unknown result, the deciding missing facts: those of the undecided criteria, in the
 *     order the conditions list them, each once (the engine's order);
 *   - the benefit's most money (`maxAmountFen`): from the facts while the benefit is still
 *     possible, the bare cap when ineligible (what the engine reports).
 * The parameter values come in as a {@link HandContext} built once per date from the engine's
 * own parameter resolution, so both read identical values.
 *
 * NOTE: this file must follow the catalogue: bench/engine-hand-written.test.ts checks it agrees
 * with the engine on thousands of generated situations, and `npm run bench:engine` on all
 * 100,000; a changed policy file makes them fail until this is updated.
 */
import {
  addMonths,
  addYears,
  applyRate,
  type Facts,
  type IsoDate,
  type ResolvedParameters,
  type Status,
} from '../src/engine';

/** One policy's answer: what the engine's untraced result says about status and amount. */
export interface HandResult {
  policyId: string;
  status: Status;
  missingFacts: string[];
  maxAmountFen: number | null;
}

/** The date and the parameter values on it (null: not published or not in force). */
export interface HandContext {
  date: IsoDate;
  planInForce: boolean;
  /** The earliest graduation date within the loan window (null: the window is unpublished). */
  graduationLimit: IsoDate | null;
  waiverBarMonths: number | null;
  settlementCapFen: number | null;
  settlementTierFen: { phd: number | null; master: number | null; bachelor: number | null };
  kunpengAwardCapFen: number | null;
  kunpengRndCapFen: number | null;
  returneeCapFen: number | null;
  govDeploymentCapFen: number | null;
  demonstrationCapFen: number | null;
  allowanceTotalFen: number | null;
  computeCapFen: number | null;
  computeRateBp: number | null;
  computeStartupRateBp: number | null;
  modelCapFen: number | null;
  modelRateBp: number | null;
  corpusCapFen: number | null;
  corpusRateBp: number | null;
  challengeCapFen: number | null;
}

/** Built once per date from the engine's resolved parameters (see resolveParameters). */
export function handContext(date: IsoDate, parameters: ResolvedParameters): HandContext {
  const value = (id: string): number | null => {
    const parameter = parameters[id];
    return parameter && parameter.status === 'published' ? parameter.value : null;
  };
  const window = value('loan.graduation-window-years');
  const monthly = value('housing.allowance.monthly-fen');
  const months = value('housing.allowance.max-months');
  return {
    date,
    planInForce: value('plan-a.in-force') !== null,
    graduationLimit: window === null ? null : addYears(date, -window),
    waiverBarMonths: value('hetao.waiver-bar-months'),
    settlementCapFen: value('talent.settlement-subsidy.cap-fen'),
    settlementTierFen: {
      phd: value('talent.settlement-subsidy.tier-phd-fen'),
      master: value('talent.settlement-subsidy.tier-master-fen'),
      bachelor: value('talent.settlement-subsidy.tier-bachelor-fen'),
    },
    kunpengAwardCapFen: value('startup.kunpeng-award.cap-fen'),
    kunpengRndCapFen: value('startup.kunpeng-rnd.cap-fen'),
    returneeCapFen: value('startup.returnee-funding.cap-fen'),
    govDeploymentCapFen: value('scenario.gov-deployment.cap-fen'),
    demonstrationCapFen: value('scenario.demonstration.cap-fen'),
    allowanceTotalFen: monthly === null || months === null ? null : monthly * months,
    computeCapFen: value('voucher.compute.cap-fen'),
    computeRateBp: value('voucher.compute.rate-bp'),
    computeStartupRateBp: value('voucher.compute.startup-rate-bp'),
    modelCapFen: value('voucher.model.cap-fen'),
    modelRateBp: value('voucher.model.rate-bp'),
    corpusCapFen: value('voucher.corpus.cap-fen'),
    corpusRateBp: value('voucher.corpus.rate-bp'),
    challengeCapFen: value('consortium.challenge.cap-fen'),
  };
}

// Three values: 0 unmet, 1 met, 2 unknown (not told).
const UNMET = 0;
const MET = 1;
const UNKNOWN = 2;
type Tri = 0 | 1 | 2;

type Bag = Record<string, unknown> | undefined;

function objectAt(value: unknown): Bag {
  return value !== null && typeof value === 'object'
    ? (value as Record<string, unknown>)
    : undefined;
}

function isTrue(value: unknown): Tri {
  return value === undefined || value === null ? UNKNOWN : value === true ? MET : UNMET;
}

function isFalse(value: unknown): Tri {
  return value === undefined || value === null ? UNKNOWN : value === false ? MET : UNMET;
}

function equals(value: unknown, expected: string): Tri {
  return value === undefined || value === null ? UNKNOWN : value === expected ? MET : UNMET;
}

/** A policy list that does not hold the id (once-only and exclusivity). */
function lacks(value: unknown, id: string): Tri {
  if (value === undefined || value === null) return UNKNOWN;
  return Array.isArray(value) && !value.includes(id) ? MET : UNMET;
}

/** A date within the loan window: on or after the limit and not after the date. */
function withinWindow(value: unknown, context: HandContext): Tri {
  if (value === undefined || value === null) return UNKNOWN;
  if (typeof value !== 'string') return UNMET;
  if (context.graduationLimit === null) return UNKNOWN;
  return value <= context.date && value >= context.graduationLimit ? MET : UNMET;
}

/** A cumulative amount still under its cap. */
function under(value: unknown, cap: number | null): Tri {
  if (value === undefined || value === null) return UNKNOWN;
  if (typeof value !== 'number') return UNMET;
  if (cap === null) return UNKNOWN;
  return value < cap ? MET : UNMET;
}

/** all(...): unmet if any is unmet, else unknown if any is unknown, else met. */
function all2(a: Tri, b: Tri): Tri {
  return a === UNMET || b === UNMET ? UNMET : a === UNKNOWN || b === UNKNOWN ? UNKNOWN : MET;
}

function all3(a: Tri, b: Tri, c: Tri): Tri {
  return all2(all2(a, b), c);
}

/** any(...): met if any is met, else unknown if any is unknown, else unmet. */
function any2(a: Tri, b: Tri): Tri {
  return a === MET || b === MET ? MET : a === UNKNOWN || b === UNKNOWN ? UNKNOWN : UNMET;
}

function any3(a: Tri, b: Tri, c: Tri): Tri {
  return any2(any2(a, b), c);
}

const statusOf: Status[] = ['ineligible', 'eligible', 'unknown'];
const NONE: string[] = [];

function result(
  policyId: string,
  status: Tri,
  missingFacts: string[],
  maxAmountFen: number | null,
): HandResult {
  return {
    policyId,
    status: statusOf[status]!,
    missingFacts: status === UNKNOWN ? missingFacts : NONE,
    maxAmountFen,
  };
}

function add(list: string[], fact: string) {
  if (!list.includes(fact)) list.push(fact);
}

/** A voucher's most money (A.V1): rate × planned purchase, within the cap's headroom. */
function voucherAmount(
  capFen: number | null,
  rateBp: number | null,
  received: unknown,
  purchase: unknown,
): number | null {
  const receivedFen = typeof received === 'number' ? received : 0;
  const headroom = capFen === null ? null : Math.max(0, capFen - receivedFen);
  if (typeof purchase === 'number' && rateBp !== null) {
    const byRate = applyRate(purchase, rateBp);
    return headroom === null ? byRate : Math.min(headroom, byRate);
  }
  return headroom;
}

/** The Hetao waiver bar (B.N3): no waiver of the same goods class in the last N months. */
function noRecentWaiver(waivers: unknown, goodsClass: unknown, context: HandContext): Tri {
  if (waivers === undefined || waivers === null) return UNKNOWN;
  if (!Array.isArray(waivers)) return UNMET;
  const months = context.waiverBarMonths;
  if (months === null) return waivers.length === 0 ? MET : UNKNOWN;
  let recent = false;
  let sameClass = false;
  for (const waiver of waivers as { class: unknown; on: string }[])
    if (waiver.on <= context.date && addMonths(waiver.on, months) > context.date) {
      recent = true;
      if (waiver.class === goodsClass) sameClass = true;
    }
  if (!recent) return MET;
  if (goodsClass === undefined || goodsClass === null) return UNKNOWN;
  return sameClass ? UNMET : MET;
}

/** Every policy of the catalogue for one situation, in catalogue order. */
export function evaluateByHand(facts: Facts, context: HandContext): HandResult[] {
  const person = objectAt(facts.person);
  const company = objectAt(facts.company);
  const importer = objectAt(facts.importer);
  const goods = objectAt(facts.goods);
  const planned = objectAt(company?.plannedPurchase);
  const computePurchase = objectAt(planned?.compute);
  const modelPurchase = objectAt(planned?.model);
  const corpusPurchase = objectAt(planned?.corpus);
  const vouchersReceived = objectAt(company?.vouchersReceivedFen);

  const inForce: Tri = context.planInForce ? MET : UNMET;
  const hasCompany = isTrue(person?.hasCompany);
  const personReceived = person?.benefitsReceived;
  const results = new Array<HandResult>(19);

  // talent.recognition (A.T1): an AI achievement, not yet recognised; once per person.
  {
    const achievements = person?.aiAchievements;
    const achievement: Tri =
      achievements === undefined || achievements === null
        ? UNKNOWN
        : Array.isArray(achievements) &&
            achievements.some(
              (item) =>
                item !== null &&
                typeof item === 'object' &&
                (item.kind === 'open-source' ||
                  item.kind === 'application' ||
                  item.kind === 'competition'),
            )
          ? MET
          : UNMET;
    const notRecognised = isFalse(person?.talentRecognized);
    const once = lacks(personReceived, 'talent.recognition');
    const status = all2(all2(inForce, achievement), all2(notRecognised, once));
    const missing: string[] = [];
    if (status === UNKNOWN) {
      if (achievement === UNKNOWN) missing.push('person.aiAchievements');
      if (notRecognised === UNKNOWN) missing.push('person.talentRecognized');
      if (once === UNKNOWN) missing.push('person.benefitsReceived');
    }
    results[0] = result('talent.recognition', status, missing, null);
  }

  // talent.settlement-subsidy (A.T2): newly arrived with a degree; the degree's tier.
  {
    const degree = person?.highestDegree;
    const arrived = isTrue(person?.newlyArrived);
    const hasDegree: Tri =
      degree === undefined || degree === null
        ? UNKNOWN
        : degree === 'phd' || degree === 'master' || degree === 'bachelor'
          ? MET
          : UNMET;
    const once = lacks(personReceived, 'talent.settlement-subsidy');
    const status = all2(all2(inForce, arrived), all2(hasDegree, once));
    const missing: string[] = [];
    if (status === UNKNOWN) {
      if (arrived === UNKNOWN) missing.push('person.newlyArrived');
      if (hasDegree === UNKNOWN) missing.push('person.highestDegree');
      if (once === UNKNOWN) missing.push('person.benefitsReceived');
    }
    const cap = context.settlementCapFen;
    let amount = cap;
    if (status !== UNMET) {
      const tiers = context.settlementTierFen;
      const tier =
        degree === 'phd'
          ? tiers.phd
          : degree === 'master'
            ? tiers.master
            : degree === 'bachelor'
              ? tiers.bachelor
              : null;
      if (tier !== null) amount = cap === null ? tier : Math.min(tier, cap);
    }
    results[1] = result('talent.settlement-subsidy', status, missing, amount);
  }

  const workspace = company?.workspace;
  // space.opc-community (A.S1)
  {
    const inCommunity = equals(workspace, 'opc-community');
    const status = all3(inForce, hasCompany, inCommunity);
    const missing: string[] = [];
    if (status === UNKNOWN) {
      if (hasCompany === UNKNOWN) missing.push('person.hasCompany');
      if (inCommunity === UNKNOWN) missing.push('company.workspace');
    }
    results[2] = result('space.opc-community', status, missing, null);
  }

  // space.other-industrial (A.S2)
  {
    const aiCompany = isTrue(company?.isAiCompany);
    const inSpace = equals(workspace, 'other-industrial-space');
    const meets = isTrue(company?.meetsSpaceConditions);
    const status = all2(all2(inForce, aiCompany), all2(inSpace, meets));
    const missing: string[] = [];
    if (status === UNKNOWN) {
      if (aiCompany === UNKNOWN) missing.push('company.isAiCompany');
      if (inSpace === UNKNOWN) missing.push('company.workspace');
      if (meets === UNKNOWN) missing.push('company.meetsSpaceConditions');
    }
    results[3] = result('space.other-industrial', status, missing, null);
  }

  // startup.kunpeng-award and startup.kunpeng-rnd (A.K1): the person's project admitted, or
  // the company's.
  {
    const projectAdmitted = isTrue(person?.kunpengProjectAdmitted);
    const companyAdmitted = isTrue(company?.kunpengAdmitted);
    const byCompany = all2(hasCompany, companyAdmitted);
    const admitted = any2(projectAdmitted, byCompany);
    const status = all2(inForce, admitted);
    const missing: string[] = [];
    if (status === UNKNOWN) {
      if (projectAdmitted === UNKNOWN) missing.push('person.kunpengProjectAdmitted');
      if (byCompany === UNKNOWN) {
        if (hasCompany === UNKNOWN) missing.push('person.hasCompany');
        if (companyAdmitted === UNKNOWN) missing.push('company.kunpengAdmitted');
      }
    }
    results[4] = result('startup.kunpeng-award', status, missing, context.kunpengAwardCapFen);
    results[5] = result(
      'startup.kunpeng-rnd',
      status,
      status === UNKNOWN ? missing.slice() : NONE,
      context.kunpengRndCapFen,
    );
  }

  // startup.returnee-funding (A.K2): once per person.
  {
    const returnee = isTrue(person?.returneeFromStudyAbroad);
    const meets = isTrue(person?.meetsReturneeConditions);
    const once = lacks(personReceived, 'startup.returnee-funding');
    const status = all2(all2(inForce, returnee), all2(meets, once));
    const missing: string[] = [];
    if (status === UNKNOWN) {
      if (returnee === UNKNOWN) missing.push('person.returneeFromStudyAbroad');
      if (meets === UNKNOWN) missing.push('person.meetsReturneeConditions');
      if (once === UNKNOWN) missing.push('person.benefitsReceived');
    }
    results[6] = result('startup.returnee-funding', status, missing, context.returneeCapFen);
  }

  // loan.personal-startup and loan.micro-enterprise (A.L1, A.L2): graduated within the window,
  // a start-up company (and for the second, a small or micro one).
  {
    const graduated = withinWindow(person?.graduationDate, context);
    const startup = isTrue(company?.isStartup);
    const personal = all2(all2(inForce, graduated), all2(hasCompany, startup));
    const small = isTrue(company?.isSmallOrMicro);
    const micro = all2(personal, small);
    const missing: string[] = [];
    if (personal === UNKNOWN) {
      if (graduated === UNKNOWN) missing.push('person.graduationDate');
      if (hasCompany === UNKNOWN) missing.push('person.hasCompany');
      if (startup === UNKNOWN) missing.push('company.isStartup');
    }
    results[7] = result('loan.personal-startup', personal, missing, null);
    const microMissing = missing.slice();
    if (micro === UNKNOWN && small === UNKNOWN) microMissing.push('company.isSmallOrMicro');
    results[8] = result('loan.micro-enterprise', micro, microMissing, null);
  }

  // scenario.gov-deployment (A.C1) and scenario.demonstration (A.C2)
  {
    const inUse = isTrue(company?.govScenarioProductInUse);
    const status = all3(inForce, hasCompany, inUse);
    const missing: string[] = [];
    if (status === UNKNOWN) {
      if (hasCompany === UNKNOWN) missing.push('person.hasCompany');
      if (inUse === UNKNOWN) missing.push('company.govScenarioProductInUse');
    }
    results[9] = result('scenario.gov-deployment', status, missing, context.govDeploymentCapFen);
  }
  {
    const project = isTrue(company?.demonstrationProject);
    const status = all3(inForce, hasCompany, project);
    const missing: string[] = [];
    if (status === UNKNOWN) {
      if (hasCompany === UNKNOWN) missing.push('person.hasCompany');
      if (project === UNKNOWN) missing.push('company.demonstrationProject');
    }
    results[10] = result('scenario.demonstration', status, missing, context.demonstrationCapFen);
  }

  // housing.transitional and housing.allowance (A.P8): a founder meeting the youth-talent
  // conditions; once per person, and one or the other.
  {
    const founding = isTrue(person?.isFounder);
    const founder = any2(hasCompany, founding);
    const youth = isTrue(person?.meetsYouthTalentConditions);
    // Once only and no alternative received read the same list: unknown together.
    const transitionalOnce = lacks(personReceived, 'housing.transitional');
    const allowanceOnce = lacks(personReceived, 'housing.allowance');
    const base = all3(inForce, founder, youth);
    const transitional = all3(base, transitionalOnce, allowanceOnce);
    const allowance = transitional;
    const missing: string[] = [];
    if (transitional === UNKNOWN) {
      if (founder === UNKNOWN) {
        if (hasCompany === UNKNOWN) missing.push('person.hasCompany');
        if (founding === UNKNOWN) missing.push('person.isFounder');
      }
      if (youth === UNKNOWN) missing.push('person.meetsYouthTalentConditions');
      if (transitionalOnce === UNKNOWN) missing.push('person.benefitsReceived');
    }
    results[11] = result('housing.transitional', transitional, missing, null);
    results[12] = result(
      'housing.allowance',
      allowance,
      allowance === UNKNOWN ? missing.slice() : NONE,
      context.allowanceTotalFen,
    );
  }

  // voucher.compute, voucher.model, voucher.corpus (A.V1): a planned purchase of the kind, not
  // from a related party, the cumulative cap not reached; the amount by rate within the cap.
  {
    const startup = company?.isStartup;
    let rate = context.computeRateBp;
    if (startup === true) rate = context.computeStartupRateBp;
    else if (startup === undefined || startup === null)
      rate =
        rate === null || context.computeStartupRateBp === null
          ? null
          : Math.max(rate, context.computeStartupRateBp);
    results[13] = voucher(
      'voucher.compute',
      'company.plannedPurchase.compute.planned',
      'company.plannedPurchase.compute.relatedParty',
      'company.vouchersReceivedFen.compute',
      inForce,
      hasCompany,
      computePurchase,
      vouchersReceived?.compute,
      context.computeCapFen,
      rate,
    );
    results[14] = voucher(
      'voucher.model',
      'company.plannedPurchase.model.planned',
      'company.plannedPurchase.model.relatedParty',
      'company.vouchersReceivedFen.model',
      inForce,
      hasCompany,
      modelPurchase,
      vouchersReceived?.model,
      context.modelCapFen,
      context.modelRateBp,
    );
    results[15] = voucher(
      'voucher.corpus',
      'company.plannedPurchase.corpus.planned',
      'company.plannedPurchase.corpus.relatedParty',
      'company.vouchersReceivedFen.corpus',
      inForce,
      hasCompany,
      corpusPurchase,
      vouchersReceived?.corpus,
      context.corpusCapFen,
      context.corpusRateBp,
    );
  }

  // consortium.challenge (A.C3)
  {
    const startupEnterprise = isTrue(company?.isStartupEnterprise);
    const won = isTrue(company?.consortiumChallengeWon);
    const status = all2(all2(inForce, hasCompany), all2(startupEnterprise, won));
    const missing: string[] = [];
    if (status === UNKNOWN) {
      if (hasCompany === UNKNOWN) missing.push('person.hasCompany');
      if (startupEnterprise === UNKNOWN) missing.push('company.isStartupEnterprise');
      if (won === UNKNOWN) missing.push('company.consortiumChallengeWon');
    }
    results[16] = result('consortium.challenge', status, missing, context.challengeCapFen);
  }

  // finance.fund-introduction (A.F1)
  {
    const inCommunity = equals(workspace, 'opc-community');
    const growth = isTrue(company?.highGrowth);
    const status = all2(all2(inForce, hasCompany), all2(inCommunity, growth));
    const missing: string[] = [];
    if (status === UNKNOWN) {
      if (hasCompany === UNKNOWN) missing.push('person.hasCompany');
      if (inCommunity === UNKNOWN) missing.push('company.workspace');
      if (growth === UNKNOWN) missing.push('company.highGrowth');
    }
    results[17] = result('finance.fund-introduction', status, missing, null);
  }

  // hetao.research-import-exemption (B.N1–B.N5): in force from 2026-02-10; an eligible importer
  // (enterprise, public institution or private non-enterprise unit, each with its own
  // conditions), white-listed, first-line research goods on the list, not excluded, no waiver
  // of the same class in the bar period.
  {
    const entityType = importer?.entityType;
    const registered = isTrue(importer?.registeredInSupervisedArea);
    const enterprise = equals(entityType, 'enterprise');
    const independent = isTrue(importer?.independentLegalPerson);
    const publicInstitution = equals(entityType, 'public-institution');
    const research = isTrue(importer?.researchInSupervisedArea);
    const privateUnit = equals(entityType, 'private-non-enterprise-unit');
    const scienceUnit = isTrue(importer?.scienceAndTechnologyUnit);
    const asEnterprise = all3(enterprise, registered, independent);
    const asInstitution = all2(publicInstitution, research);
    const asUnit = all3(privateUnit, registered, scienceUnit);
    const eligibleImporter = any3(asEnterprise, asInstitution, asUnit);
    const whiteListed = isTrue(importer?.whiteListed);
    const firstLine = equals(goods?.route, 'first-line');
    const ownUse = isTrue(goods?.forOwnResearchUse);
    const onList = isTrue(goods?.onList);
    const notExcluded = isFalse(goods?.excluded);
    const category = goods?.category;
    const noWaiver = noRecentWaiver(importer?.waivedClasses, category, context);
    const inForceHere: Tri = context.date >= '2026-02-10' ? MET : UNMET;
    const status = all3(
      all3(inForceHere, eligibleImporter, whiteListed),
      all3(firstLine, ownUse, onList),
      all2(notExcluded, noWaiver),
    );
    const missing: string[] = [];
    if (status === UNKNOWN) {
      if (eligibleImporter === UNKNOWN) {
        if (asEnterprise === UNKNOWN) {
          if (enterprise === UNKNOWN) add(missing, 'importer.entityType');
          if (registered === UNKNOWN) add(missing, 'importer.registeredInSupervisedArea');
          if (independent === UNKNOWN) add(missing, 'importer.independentLegalPerson');
        }
        if (asInstitution === UNKNOWN) {
          if (publicInstitution === UNKNOWN) add(missing, 'importer.entityType');
          if (research === UNKNOWN) add(missing, 'importer.researchInSupervisedArea');
        }
        if (asUnit === UNKNOWN) {
          if (privateUnit === UNKNOWN) add(missing, 'importer.entityType');
          if (registered === UNKNOWN) add(missing, 'importer.registeredInSupervisedArea');
          if (scienceUnit === UNKNOWN) add(missing, 'importer.scienceAndTechnologyUnit');
        }
      }
      if (whiteListed === UNKNOWN) missing.push('importer.whiteListed');
      if (firstLine === UNKNOWN) missing.push('goods.route');
      if (ownUse === UNKNOWN) missing.push('goods.forOwnResearchUse');
      if (onList === UNKNOWN) missing.push('goods.onList');
      if (notExcluded === UNKNOWN) missing.push('goods.excluded');
      if (noWaiver === UNKNOWN) {
        const waivers = importer?.waivedClasses;
        if (waivers === undefined || waivers === null) missing.push('importer.waivedClasses');
        // Waivers in the bar period, class of these goods not told: the class decides.
        else if (context.waiverBarMonths !== null) missing.push('goods.category');
      }
    }
    results[18] = result('hetao.research-import-exemption', status, missing, null);
  }
  return results;
}

function voucher(
  policyId: string,
  plannedFact: string,
  relatedFact: string,
  receivedFact: string,
  inForce: Tri,
  hasCompany: Tri,
  purchase: Bag,
  received: unknown,
  capFen: number | null,
  rateBp: number | null,
): HandResult {
  const planned = isTrue(purchase?.planned);
  const unrelated = isFalse(purchase?.relatedParty);
  const headroom = under(received, capFen);
  const status = all2(all2(inForce, hasCompany), all3(planned, unrelated, headroom));
  const missing: string[] = [];
  if (status === UNKNOWN) {
    if (hasCompany === UNKNOWN) missing.push('person.hasCompany');
    if (planned === UNKNOWN) missing.push(plannedFact);
    if (unrelated === UNKNOWN) missing.push(relatedFact);
    if (headroom === UNKNOWN && received !== undefined && received !== null) {
      // The cap is not published: a parameter decides, not a fact.
    } else if (headroom === UNKNOWN) missing.push(receivedFact);
  }
  // Ineligible: the bare cap (the engine shows no amount computed for someone who cannot have it).
  const amount =
    status === UNMET
      ? voucherAmount(capFen, rateBp, undefined, undefined)
      : voucherAmount(capFen, rateBp, received, purchase?.amountFen);
  return result(policyId, status, missing, amount);
}

/**
 * How the hand-written answer differs from the engine's for one situation (status, most money,
 * missing facts and their order), or null when they agree.
 */
export function handDisagreement(
  engine: readonly {
    policyId: string;
    status: Status;
    missingFacts: readonly string[];
    benefit: { maxAmountFen: number | null };
  }[],
  hand: readonly HandResult[],
): string | null {
  if (engine.length !== hand.length) return `${engine.length} results, by hand ${hand.length}`;
  for (let index = 0; index < engine.length; index += 1) {
    const ours = engine[index]!;
    const theirs = hand[index]!;
    if (ours.policyId !== theirs.policyId) return `policy ${ours.policyId} ≠ ${theirs.policyId}`;
    if (ours.status !== theirs.status)
      return `${ours.policyId}: status ${ours.status}, by hand ${theirs.status}`;
    if (ours.benefit.maxAmountFen !== theirs.maxAmountFen)
      return `${ours.policyId}: amount ${ours.benefit.maxAmountFen}, by hand ${theirs.maxAmountFen}`;
    if (
      ours.missingFacts.length !== theirs.missingFacts.length ||
      ours.missingFacts.some((fact, at) => theirs.missingFacts[at] !== fact)
    )
      return `${ours.policyId}: missing ${ours.missingFacts.join(',')}, by hand ${theirs.missingFacts.join(',')}`;
  }
  return null;
}
