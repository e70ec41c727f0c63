import { resolve } from 'node:path';
import {
  verifyAuditChain,
  verifyAuditChainWithAnchors,
  type AnchorReport,
  type AuditVerification,
} from '../../modules/audit/service';
import { loadConfigOrReport, parseOptions, withDatabase, type Command } from '../command';

export const auditVerifyCommand: Command = {
  summary:
    "Recompute the audit trail's hash chain and check it against the signed anchors; names the first broken row (exit 1 when broken)",
  usage: 'audit verify [--json] [--anchors FILE]',
  async run(args) {
    const { values } = parseOptions(args, {
      json: { type: 'boolean' },
      anchors: { type: 'string' },
    });
    const config = loadConfigOrReport();
    if (!config) return 1;
    const anchoring = config.auditAnchor;
    if (values.anchors !== undefined && !anchoring) {
      console.error(
        '--anchors needs AUDIT_ANCHOR_KEY or AUDIT_ANCHOR_PUBLIC_KEY to check them with',
      );
      return 2;
    }
    return withDatabase(config, async (database) => {
      // NOTE: the first output line and the JSON's ok/rows/lastHash/brokenAtSeq/reason are a
      // published contract that scripts parse: anchor results are added after them, never mixed in.
      const result: AuditVerification & { anchors?: AnchorReport } = anchoring
        ? await verifyAuditChainWithAnchors(database.db, {
            file: values.anchors === undefined ? anchoring.file : resolve(values.anchors),
            verifyingKey: anchoring.verifyingKey,
          })
        : await verifyAuditChain(database.db);
      const anchors = result.anchors;
      if (values.json) console.log(JSON.stringify(result));
      else if (result.ok) {
        console.log(`Audit chain intact: ${result.rows} rows, last hash ${result.lastHash}.`);
        console.log(describeAnchors(anchors));
      } else if (result.brokenAtSeq === 0 && anchors && anchors.rejected.length > 0)
        console.error(
          `Audit anchors REJECTED: ${result.reason}. (${result.rows} rows verified; ${anchors.anchors} valid anchors match.)`,
        );
      else
        console.error(
          `Audit chain BROKEN at row ${result.brokenAtSeq}: ${result.reason}. (${result.rows} rows before it verified.)`,
        );
      if (!values.json && anchoring?.generatedKeyFile)
        console.error(
          `Warning: AUDIT_ANCHOR_KEY is not set; anchors are signed with the key generated in ${anchoring.generatedKeyFile}, which anyone who can read it can forge with.`,
        );
      return result.ok ? 0 : 1;
    });
  },
};

/** The line after "Audit chain intact": how far the anchors vouch for the chain. */
function describeAnchors(anchors: AnchorReport | undefined): string {
  if (!anchors)
    return 'Anchors: not configured (AUDIT_ANCHOR_KEY unset): the chain was checked against itself only, which does not catch a rewrite that recomputes every later hash.';
  const last = anchors.lastMatching;
  if (!last)
    return `Not anchored: ${anchors.file} holds no anchors yet, so ${anchors.unanchoredRows} rows are not protected against a rewrite (./bin/opc-hub audit anchor publishes one).`;
  return `Anchored: intact up to the anchor on line ${last.line} of ${anchors.file} (row ${last.seq}, signed ${last.anchoredAt}); ${anchors.unanchoredRows} rows after it are not yet anchored.`;
}
