/** Shapes of the white list's and tariff table's API, from the OpenAPI types. */

import type { ApiSchema } from '../../api/openapi-client';

export type WhiteListApplication = ApiSchema<'HetaoWhiteListApplication'>;
export type WhiteListEntry = ApiSchema<'HetaoWhiteListEntry'>;
export type EntityType = ApiSchema<'HetaoWhiteListEntityType'>;
export type ApplicationStatus = WhiteListApplication['status'];
export type EntryStatus = WhiteListEntry['status'];
export type TariffVersion = ApiSchema<'HetaoTariffVersion'>;

export const entityTypes = [
  'enterprise',
  'public_institution',
  'private_non_enterprise_unit',
] as const satisfies readonly EntityType[];

export const applicationStatuses = [
  'submitted',
  'more_information_requested',
  'listed',
  'refused',
  'withdrawn',
] as const satisfies readonly ApplicationStatus[];

const ENTRY_COLOURS: Record<EntryStatus, string> = {
  listed: 'green',
  suspended: 'orange',
  removed: 'red',
  expired: 'default',
  not_yet: 'blue',
  superseded: 'default',
};
const APPLICATION_COLOURS: Record<ApplicationStatus, string> = {
  submitted: 'blue',
  more_information_requested: 'orange',
  listed: 'green',
  refused: 'red',
  withdrawn: 'default',
};

export function entryColour(status: EntryStatus) {
  return ENTRY_COLOURS[status];
}
export function applicationColour(status: ApplicationStatus) {
  return APPLICATION_COLOURS[status];
}
