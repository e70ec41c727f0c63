import { z } from 'zod';
import {
  shenzhenDistrictCodeValues,
  spaceApplicationStatusValues,
  spaceCommunityStatusValues,
  spaceLeaseStatusValues,
  spaceRentKindValues,
  spaceRouteValues,
  spaceUnitKindValues,
} from '../../db/schema/spaces';
import { cursorParam } from '../../shared/keyset';
import { localisedTextSchema } from '../../shared/localised-text';
import { visibleText } from '../../shared/visible-text';

const shortText = (max: number) => visibleText(z.string().trim().min(1, 'text.required').max(max));

/** Square metres: positive, at most two decimals' worth of precision is kept. */
const positiveArea = z
  .number()
  .positive()
  .max(10_000_000)
  .meta({ description: 'Square metres (m²), positive' });

/** Monthly money in fen (¥1 = 100 fen): a whole number, zero or more. */
const monthlyFen = z.number().int().min(0).max(100_000_000_000);

const teamSize = z.number().int().min(1).max(100_000);

export const districtCodeSchema = z
  .enum(shenzhenDistrictCodeValues)
  .meta({ id: 'ShenzhenDistrictCode' });
export const communityStatusSchema = z
  .enum(spaceCommunityStatusValues)
  .meta({ id: 'SpaceCommunityStatus' });
export const unitKindSchema = z.enum(spaceUnitKindValues).meta({
  id: 'SpaceUnitKind',
  description: 'The ladder of A.S2: desk (一张办公桌), office (一间办公室), floor (一层办公楼)',
});
export const routeSchema = z.enum(spaceRouteValues).meta({
  id: 'SpaceRoute',
  description:
    'opc-community: admission to an OPC community, space by team size (A.S2); other-industrial: AI founders in other industrial space, at most 50 m² (A.S3)',
});
const rungSchema = z.enum([...spaceUnitKindValues, 'unpublished']).meta({ id: 'SpaceRung' });

export const communityParams = z.strictObject({ communityId: z.uuid() });
export const unitParams = z.strictObject({ unitId: z.uuid() });
export const applicationParams = z.strictObject({ applicationId: z.uuid() });
export const leaseParams = z.strictObject({ leaseId: z.uuid() });

export const districtSchema = z
  .object({ code: districtCodeSchema, names: localisedTextSchema })
  .meta({ id: 'ShenzhenDistrict' });

export const ladderSchema = z
  .object({
    deskMaxTeamSize: z.number().int().nullable(),
    officeMaxTeamSize: z.number().int().nullable(),
    source: z.string(),
    setAt: z.string(),
  })
  .meta({
    id: 'SpaceLadder',
    description:
      "The operator's thresholds (A.S2 gives none): a team of at most deskMaxTeamSize gets a desk, at most officeMaxTeamSize an office, a larger team a floor. Null is unpublished.",
  });

const dateField = z.iso.date();

const communityFields = {
  names: z.strictObject({
    'zh-Hans': shortText(200),
    'zh-Hant': shortText(200),
    en: shortText(200),
  }),
  districtCode: districtCodeSchema.nullable().meta({ description: 'Null when not known' }),
  address: shortText(500).nullable(),
  operatorOrganisationId: z.uuid().nullable(),
  grossAreaM2: positiveArea.nullable().meta({ description: 'Gross m²; null while unknown' }),
  belowAreaReason: shortText(1000)
    .nullable()
    .meta({ description: 'Required when grossAreaM2 is below 10,000 (A.S1: "in principle")' }),
  status: communityStatusSchema,
  plannedOpeningOn: dateField.nullable(),
  openedOn: dateField.nullable(),
  closesOn: dateField.nullable().meta({ description: 'No lease may run past this day' }),
  firstBatch: z.boolean().meta({ description: 'One of the nine first-batch communities (A.S0)' }),
  clauses: z.array(z.string().regex(/^[A-Z]\.[A-Z]+[0-9]+$/)).max(20),
};

export const communityBody = z.strictObject({
  ...communityFields,
  address: communityFields.address.optional().default(null),
  operatorOrganisationId: communityFields.operatorOrganisationId.optional().default(null),
  grossAreaM2: communityFields.grossAreaM2.optional().default(null),
  belowAreaReason: communityFields.belowAreaReason.optional().default(null),
  plannedOpeningOn: dateField.nullable().optional().default(null),
  openedOn: dateField.nullable().optional().default(null),
  closesOn: dateField.nullable().optional().default(null),
  firstBatch: z.boolean().optional().default(false),
  clauses: communityFields.clauses.optional().default(['A.S1']),
});
export type CommunityInput = z.infer<typeof communityBody>;

export const communityChangesBody = z.strictObject({
  names: communityFields.names.optional(),
  districtCode: communityFields.districtCode.optional(),
  address: communityFields.address.optional(),
  operatorOrganisationId: communityFields.operatorOrganisationId.optional(),
  grossAreaM2: communityFields.grossAreaM2.optional(),
  belowAreaReason: communityFields.belowAreaReason.optional(),
  status: communityStatusSchema.optional(),
  plannedOpeningOn: dateField.nullable().optional(),
  openedOn: dateField.nullable().optional(),
  closesOn: dateField.nullable().optional(),
  firstBatch: z.boolean().optional(),
  clauses: communityFields.clauses.optional(),
});
export type CommunityChanges = z.infer<typeof communityChangesBody>;

export const communitySchema = z
  .object({
    id: z.uuid(),
    names: localisedTextSchema,
    district: districtSchema.nullable(),
    address: z.string().nullable(),
    operator: z.object({ organisationId: z.uuid(), name: z.string() }).nullable(),
    grossAreaM2: z.number().nullable(),
    belowAreaReason: z.string().nullable(),
    status: communityStatusSchema,
    plannedOpeningOn: z.string().nullable(),
    openedOn: z.string().nullable(),
    closesOn: z.string().nullable(),
    firstBatch: z.boolean(),
    clauses: z.array(z.string()),
    demo: z.boolean().meta({ description: 'Demo data, not a real record' }),
    ladder: ladderSchema.nullable(),
  })
  .meta({ id: 'SpaceCommunity' });

export const rentSchema = z
  .object({
    kind: z.enum(spaceRentKindValues),
    monthlyRentFen: z.number().int(),
    effectiveFrom: z.string(),
    source: z.string(),
  })
  .meta({ id: 'SpaceUnitRent' });

export const unitSchema = z
  .object({
    id: z.uuid(),
    communityId: z.uuid(),
    kind: unitKindSchema,
    label: z.string(),
    areaM2: z.number(),
    seats: z.number().int(),
    available: z.boolean(),
    occupied: z.boolean().meta({ description: 'A lease covers today' }),
    marketReferenceRent: rentSchema.nullable().meta({ description: 'In force today; null: none' }),
    lowCostRent: rentSchema.nullable().meta({ description: 'In force today; null: none' }),
  })
  .meta({ id: 'SpaceUnit' });

export const unitBody = z.strictObject({
  kind: unitKindSchema,
  label: shortText(50),
  areaM2: positiveArea,
  seats: z.number().int().min(1).max(100_000),
  available: z.boolean().optional().default(true),
});
export type UnitInput = z.infer<typeof unitBody>;

export const unitChangesBody = z.strictObject({
  label: shortText(50).optional(),
  areaM2: positiveArea.optional(),
  seats: z.number().int().min(1).max(100_000).optional(),
  available: z.boolean().optional(),
});
export type UnitChanges = z.infer<typeof unitChangesBody>;

export const rentBody = z.strictObject({
  kind: z.enum(spaceRentKindValues),
  monthlyRentFen: monthlyFen,
  effectiveFrom: dateField,
  source: shortText(500).meta({ description: 'Where the figure comes from' }),
});
export type RentInput = z.infer<typeof rentBody>;

export const ladderBody = z.strictObject({
  deskMaxTeamSize: teamSize.nullable(),
  officeMaxTeamSize: teamSize.nullable(),
  source: shortText(500).meta({
    description: "The operator's decision these thresholds come from",
  }),
});
export type LadderInput = z.infer<typeof ladderBody>;

export const applicationBody = z.strictObject({
  organisationId: z.uuid(),
  route: routeSchema,
  teamSize,
  aiFounderCount: z.number().int().min(0).max(100_000),
});
export type ApplicationInput = z.infer<typeof applicationBody>;

export const declineBody = z.strictObject({ reason: shortText(1000) });
export const admitBody = z.strictObject({ reason: shortText(1000).nullish() }).nullish();

export const applicationSchema = z
  .object({
    id: z.uuid(),
    communityId: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    route: routeSchema,
    teamSize: z.number().int(),
    aiFounderCount: z.number().int(),
    status: z.enum(spaceApplicationStatusValues),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    rung: rungSchema
      .nullable()
      .meta({ description: 'The ladder rung of the team (A.S2); null on the A.S3 route' }),
    waitingPosition: z.number().int().nullable().meta({
      description:
        'Admitted and no unit of the rung is free today: the place on the waiting list (1 is next)',
    }),
    clauses: z.array(z.string()),
    createdAt: z.string(),
  })
  .meta({ id: 'SpaceApplication' });

export const leaseBody = z.strictObject({
  unitId: z.uuid(),
  startsOn: dateField,
  endsOn: dateField,
  monthlyRentFen: monthlyFen,
  monthlySubsidyFen: monthlyFen,
});
export type LeaseInput = z.infer<typeof leaseBody>;

export const moveOutBody = z.strictObject({ movedOutOn: dateField });
export const renewBody = z.strictObject({
  endsOn: dateField,
  newTerms: z.boolean().optional().default(false).meta({
    description:
      "True: from the renewal's first day (the day after the current end) the rent and subsidy are those the unit's dated rents in force that day give (rent = market reference, subsidy = market reference − low-cost); the earlier terms stay in `terms`. False (default): the end moves, the terms stay.",
  }),
});

const termRentSchema = rentSchema.extend({ id: z.uuid() }).meta({ id: 'SpaceLeaseTermRent' });

export const leaseTermSchema = z
  .object({
    startsOn: z
      .string()
      .meta({ description: 'In force from this day until the next term or the lease’s end' }),
    monthlyRentFen: z.number().int(),
    monthlySubsidyFen: z.number().int(),
    reason: z.enum(['allocated', 'renewed_at_new_terms', 'moved_up']),
    marketReferenceRent: termRentSchema
      .nullable()
      .meta({ description: 'The dated rent the figures come from; null: entered by the operator' }),
    lowCostRent: termRentSchema.nullable(),
  })
  .meta({ id: 'SpaceLeaseTerm' });

export const leaseSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitLabel: z.string(),
    unitKind: unitKindSchema,
    communityId: z.uuid(),
    organisationId: z.uuid(),
    applicationId: z.uuid().nullable(),
    route: routeSchema,
    startsOn: z.string(),
    endsOn: z.string(),
    movedOutOn: z.string().nullable(),
    monthlyRentFen: z.number().int(),
    monthlySubsidyFen: z.number().int(),
    status: z.enum(spaceLeaseStatusValues),
    clauses: z.array(z.string()),
    organisationName: z.string(),
    terms: z.array(leaseTermSchema).meta({
      description:
        'The terms over time, earliest first; the last is the one in monthlyRentFen / monthlySubsidyFen',
    }),
  })
  .meta({ id: 'SpaceLease' });

/** Keyset paging of a list whose answer stays a bare array: the next page is in `Link`. */
export const listPageQuery = z.strictObject({
  cursor: cursorParam,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(200)
    .meta({ description: 'At most this many rows (default 200)' }),
});

export const moveUpRequestParams = z.strictObject({ requestId: z.uuid() });

export const moveUpBody = leaseBody.extend({
  requestId: z
    .uuid()
    .optional()
    .meta({ description: 'The request this move-up carries out, if any' }),
});
export type MoveUpInput = z.infer<typeof moveUpBody>;

export const moveUpRequestSchema = z
  .object({
    id: z.uuid(),
    leaseId: z.uuid(),
    communityId: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    teamSize: z.number().int().meta({ description: 'The declared team size the request rests on' }),
    rung: unitKindSchema.meta({ description: 'The rung that team size fits (A.S2)' }),
    status: z.enum(['requested', 'moved', 'declined']),
    requestedAs: z.enum(['company', 'operator']),
    requestedAt: z.string(),
    decisionReason: z.string().nullable(),
    movedToLeaseId: z.uuid().nullable(),
    resolvedAt: z.string().nullable(),
    clauses: z.array(z.string()),
  })
  .meta({ id: 'SpaceMoveUpRequest' });

export const moveUpResultSchema = z
  .object({ endedLease: leaseSchema, newLease: leaseSchema })
  .meta({ id: 'SpaceMoveUp' });

const monthField = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month.invalid');

const monthRange = {
  from: monthField
    .optional()
    .meta({ description: 'First month (YYYY-MM); default: 11 months before `to`' }),
  to: monthField.optional().meta({ description: 'Last month (YYYY-MM); default: this month' }),
};

export const reportQuery = z.strictObject(monthRange);

export const reportExportQuery = z.strictObject({
  ...monthRange,
  format: z.enum(['xlsx', 'csv']).optional().default('xlsx'),
});

export const occupancyQuery = z.strictObject({
  format: z.enum(['xlsx', 'csv']).optional().default('xlsx'),
});

export const prefillQuery = z.strictObject({ organisationId: z.uuid() });

export const prefillSchema = z
  .object({
    organisationId: z.uuid(),
    date: z.string(),
    teamSize: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'company.teamSize from the fact profile; null when not declared' }),
    suggestedRoute: routeSchema.nullable().meta({
      description: 'The route whose policy is eligible (else still possible); null: neither',
    }),
    factsUpdatedAt: z.string().nullable(),
    results: z.array(
      z.object({
        policyId: z.string(),
        route: routeSchema,
        name: z.string(),
        status: z.enum(['eligible', 'ineligible', 'unknown']),
        clauses: z.array(z.string()),
        criteria: z.array(
          z.object({
            label: z.string(),
            clause: z.string().nullable(),
            result: z.enum(['met', 'unmet', 'unknown']),
          }),
        ),
        missingFacts: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'SpaceApplicationPrefill' });

export const rentSubsidyMonthSchema = z
  .object({
    month: z.string(),
    unitsLeased: z
      .number()
      .int()
      .meta({ description: 'Units a lease covers on at least one day of the month' }),
    unitsWithoutRents: z.number().int().meta({
      description:
        'Of those, units with no market reference or no low-cost rent in force: left out of the sums',
    }),
    marketReferenceFen: z
      .number()
      .int()
      .meta({ description: 'Sum of the market reference monthly rents in force' }),
    lowCostFen: z
      .number()
      .int()
      .meta({ description: 'Sum of the low-cost monthly rents in force' }),
    subsidyImpliedFen: z.number().int().meta({ description: 'marketReferenceFen − lowCostFen' }),
    units: z.array(
      z.object({
        unitId: z.uuid(),
        unitLabel: z.string(),
        unitKind: unitKindSchema,
        organisationName: z.string(),
        rentsOn: z.string().meta({
          description:
            'The day the rents are read: the month’s first day, or the lease’s start if later',
        }),
        marketReferenceRent: termRentSchema.nullable(),
        lowCostRent: termRentSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'SpaceRentSubsidyMonth' });

export const rentSubsidyReportSchema = z
  .object({
    communityId: z.uuid(),
    from: z.string(),
    to: z.string(),
    clauses: z.array(z.string()),
    months: z.array(rentSubsidyMonthSchema),
    totals: z.object({
      marketReferenceFen: z.number().int(),
      lowCostFen: z.number().int(),
      subsidyImpliedFen: z.number().int(),
    }),
  })
  .meta({ id: 'SpaceRentSubsidyReport' });

export const offerSchema = z
  .object({
    applicationId: z.uuid(),
    rung: rungSchema.nullable(),
    clauses: z.array(z.string()),
    units: z.array(unitSchema).meta({ description: 'Units of the rung, in use and free today' }),
  })
  .meta({ id: 'SpaceOffer' });
