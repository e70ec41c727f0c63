import { publishAuditAnchor } from '../../modules/audit/service';
import { loadConfigOrReport, parseOptions, withDatabase, type Command } from '../command';

export const auditAnchorCommand: Command = {
  summary:
    'Sign the audit chain head and append it to the anchor file (and bucket); refuses a chain that does not extend the last anchor',
  usage: 'audit anchor [--json]',
  async run(args) {
    const { values } = parseOptions(args, { json: { type: 'boolean' } });
    const config = loadConfigOrReport();
    if (!config) return 1;
    const anchoring = config.auditAnchor;
    if (!anchoring?.signingKey) {
      console.error('AUDIT_ANCHOR_KEY is not set: there is no key to sign the anchor with.');
      return 1;
    }
    return withDatabase(config, async (database) => {
      try {
        const publication = await publishAuditAnchor(database.db, anchoring, { force: true });
        const anchor = publication.anchor!;
        if (values.json) console.log(JSON.stringify({ ...publication, file: anchoring.file }));
        else {
          console.log(
            `Anchored row ${anchor.seq} (hash ${anchor.hash}) at ${anchor.anchoredAt}, signed by key ${anchor.publicKey}.`,
          );
          console.log(`Appended to ${anchoring.file}.`);
          if (publication.objectKey)
            console.log(`Written to s3://${anchoring.s3?.bucket}/${publication.objectKey}.`);
        }
        if (publication.bucketError) {
          console.error(`The anchor bucket refused it: ${publication.bucketError}`);
          return 1;
        }
        if (anchoring.generatedKeyFile)
          console.error(
            `Warning: AUDIT_ANCHOR_KEY is not set; signed with the key generated in ${anchoring.generatedKeyFile}, which anyone who can read it can forge with.`,
          );
        return 0;
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        return 1;
      }
    });
  },
};
