import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema/audit';
import {
  checkVoucherCommandLog,
  recordVoucherCommand,
  SEAL_DELAY_MS,
  sealVoucherCommands,
} from './command-log';
import { startVoucherServer, type VoucherServer } from './test-support';

/**
 * The voucher command log (command-log.ts): rows written concurrently, sealed into the audit chain
 * once they are older than the seal delay, each seal re-checked; the table refuses changes.
 */
let server: VoucherServer;
beforeAll(async () => {
  server = await startVoucherServer();
}, 120_000);
afterAll(async () => server?.close());

async function record(count: number) {
  await server.db.transaction(async (tx) => {
    for (let index = 0; index < count; index += 1)
      await recordVoucherCommand(tx, server.ctx, {
        action: 'voucher_hold.placed',
        subjectType: 'voucher_contract',
        subjectId: `test-${index}`,
        after: { heldFen: 100 * (index + 1) },
      });
  });
}

describe('the voucher command log', () => {
  it('seals rows older than the delay into the audit chain, and the check agrees', async () => {
    const before = await checkVoucherCommandLog(server.db);
    await record(3);
    // Too young to seal: nothing happens.
    expect(await sealVoucherCommands(server.ctx)).toBeNull();
    expect((await checkVoucherCommandLog(server.db)).unsealed).toBe(before.unsealed + 3);

    server.clock.advance(SEAL_DELAY_MS + 1_000);
    const seal = await sealVoucherCommands(server.ctx);
    expect(seal).toMatchObject({ rows: before.unsealed + 3 });
    const sealedRows = await server.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.action} = 'voucher_commands.sealed'`);
    expect(sealedRows.at(-1)!.after).toMatchObject({ hash: seal!.hash, toSeq: seal!.toSeq });

    const after = await checkVoucherCommandLog(server.db);
    expect(after).toMatchObject({ unsealed: 0, sealedThrough: seal!.toSeq, brokenSeals: [] });
    expect(after.seals).toBe(before.seals + 1);
    // Nothing new: a second seal writes nothing.
    expect(await sealVoucherCommands(server.ctx)).toBeNull();
  });

  it('refuses to change or delete a row', async () => {
    await record(1);
    await expect(
      server.db.execute(sql`update voucher_command_log set action = 'x'`),
    ).rejects.toThrow();
    await expect(server.db.execute(sql`delete from voucher_command_log`)).rejects.toThrow();
  });
});
