/** Shapes of the declarations' and the electronic ledger's API, from the OpenAPI types. */
import type { ApiSchema } from '../../api/openapi-client';

export type Declaration = ApiSchema<'HetaoDeclaration'>;
export type DeclarationLine = ApiSchema<'HetaoDeclarationLine'>;
export type DeclarationSummary = ApiSchema<'HetaoDeclarationSummary'>;
export type LedgerItem = ApiSchema<'HetaoLedgerItem'>;
export type LedgerStatus = ApiSchema<'HetaoLedgerStatus'>;
export type LedgerSummary = ApiSchema<'HetaoLedgerSummary'>;
export type Movement = ApiSchema<'HetaoLedgerMovement'>;
export type Election = ApiSchema<'HetaoClassElection'>;
export type GoodsClass = ApiSchema<'HetaoGoodsClass'>;
export type PartUse = ApiSchema<'HetaoPartUse'>;
export type Category = ApiSchema<'HetaoCategory'>;

export const goodsClasses = [
  'equipment-parts',
  'apparatus',
  'consumables',
  'literature',
  'specimens',
  'animals',
] as const satisfies readonly GoodsClass[];

export const partUses = [
  'not-a-part',
  'equipment-repair',
  'consumed-in-research',
] as const satisfies readonly PartUse[];

export const moveKinds = ['second-line', 'other-use', 'transfer', 'forced-transfer'] as const;
export type MoveKind = (typeof moveKinds)[number];

/** The ledger page's tabs: a status, or every item with tax due. */
export const ledgerTabs = [
  'in-supervision',
  'held',
  'written-off',
  'moved',
  'due',
  'released',
] as const;
export type LedgerTab = (typeof ledgerTabs)[number];

const STATUS_COLOURS: Record<LedgerStatus, string> = {
  'in-supervision': 'blue',
  held: 'gold',
  released: 'default',
  'written-off': 'green',
  moved: 'red',
};
export function statusColour(status: LedgerStatus) {
  return STATUS_COLOURS[status];
}
