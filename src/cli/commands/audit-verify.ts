import { verifyAuditChain } from '../../modules/audit/service';
import { loadConfigOrReport, parseOptions, withDatabase, type Command } from '../command';

export const auditVerifyCommand: Command = {
  summary:
    "Recompute the audit trail's hash chain; names the first broken row (exit 1 when broken)",
  usage: 'audit verify [--json]',
  async run(args) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } });
    const config = loadConfigOrReport();
    if (!config) return 1;
    return withDatabase(config, async (database) => {
      const result = await verifyAuditChain(database.db);
      if (values.json) console.log(JSON.stringify(result));
      else if (result.ok)
        console.log(`Audit chain intact: ${result.rows} rows, last hash ${result.lastHash}.`);
      else
        console.error(
          `Audit chain BROKEN at row ${result.brokenAtSeq}: ${result.reason}. (${result.rows} rows before it verified.)`,
        );
      return result.ok ? 0 : 1;
    });
  },
};
