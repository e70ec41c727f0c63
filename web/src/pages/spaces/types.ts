/** Shapes of the spaces API (src/modules/spaces/schema.ts), from the OpenAPI types. */
import type { ApiSchema } from '../../api/openapi-client';

export type Community = ApiSchema<'SpaceCommunity'>;
export type CommunityStatus = ApiSchema<'SpaceCommunityStatus'>;
export type District = ApiSchema<'ShenzhenDistrict'>;
export type DistrictCode = ApiSchema<'ShenzhenDistrictCode'>;
export type Ladder = ApiSchema<'SpaceLadder'>;
export type Unit = ApiSchema<'SpaceUnit'>;
export type UnitKind = ApiSchema<'SpaceUnitKind'>;
export type Rung = ApiSchema<'SpaceRung'>;
export type SpaceRoute = ApiSchema<'SpaceRoute'>;
export type Application = ApiSchema<'SpaceApplication'>;
export type ApplicationStatus = Application['status'];
export type Lease = ApiSchema<'SpaceLease'>;
export type LeaseStatus = Lease['status'];
export type Offer = ApiSchema<'SpaceOffer'>;
export type MoveUpRequest = ApiSchema<'SpaceMoveUpRequest'>;
export type RentSubsidyReport = ApiSchema<'SpaceRentSubsidyReport'>;
export type CommunityResident = ApiSchema<'CommunityResident'>;
export type ApplicationPrefill = ApiSchema<'SpaceApplicationPrefill'>;
