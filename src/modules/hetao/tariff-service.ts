import { createHash } from 'node:crypto';
import type { Executor } from '../../db/client';
import { AppError } from '../../errors/app-error';
import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import { recordAudit } from '../audit/service';
import { today } from './desk-service';
import { readTariffFile, TARIFF_FILE_MAX_BYTES, type TariffProblem } from './tariff-import';
import * as repo from './tariff-repo';
import type { TariffImportFields } from './tariff-schema';
import { nextState, tariffVersionMachine } from './whitelist-machines';

/**
 * The customs tariff table (issue #16 item 3): dated, sourced versions of ad valorem rates per HS
 * code that customs import and publish. OPC Hub ships no rates — a fresh database has none, and
 * the demo seeds none: every rate was imported by a customs officer from a source they name.
 *
 * Versions may be partial (only the codes a source changes): the rates in force for a code on a
 * day are its row in the published version with the latest effective date on or before that
 * day (a later publication wins a tie). A 10-digit code with no row of its own is answered by
 * its 8-digit tariff line.
 */

export interface RatesInForce {
  hsCode: string;
  matchedCode: string;
  onDate: string;
  description: string | null;
  /** Decimal fractions as text ("0.13"), for tax.ts `parseRate`. */
  dutyRate: string;
  vatRate: string;
  consumptionRate: string | null;
  version: { id: string; title: string; sourceDocument: string; effectiveDate: string };
}

/**
 * The rates in force for `hsCode` (8 or 10 digits) on `onDate` (YYYY-MM-DD), with the version
 * and source they come from; null when no published version gives any.
 */
export async function ratesFor(
  db: Executor,
  hsCode: string,
  onDate: string,
): Promise<RatesInForce | null> {
  const codes = hsCode.length === 10 ? [hsCode, hsCode.slice(0, 8)] : [hsCode];
  const found = await repo.findRateInForce(db, codes, onDate);
  if (!found) return null;
  return {
    hsCode,
    matchedCode: found.rate.hsCode,
    onDate,
    description: found.rate.description,
    dutyRate: found.rate.dutyRate,
    vatRate: found.rate.vatRate,
    consumptionRate: found.rate.consumptionRate,
    version: {
      id: found.version.id,
      title: found.version.title,
      sourceDocument: found.version.sourceDocument,
      effectiveDate: found.version.effectiveDate,
    },
  };
}

/** The HTTP answer: the rates in force, or a 404 problem naming the code and the day. */
export async function describeRatesInForce(
  ctx: ServiceContext,
  query: { hs: string; on?: string | undefined },
) {
  const onDate = query.on ?? today(ctx);
  const rates = await ratesFor(ctx.db, query.hs, onDate);
  if (!rates)
    throw new AppError('hetao.tariff_rates_not_found', {
      detail: {
        'zh-Hans': `商品编码 ${query.hs} 在 ${onDate} 没有已发布的税率（本平台不自带税率，须由海关导入并发布）。`,
        'zh-Hant': `商品編碼 ${query.hs} 在 ${onDate} 沒有已發佈的稅率（本平台不自帶稅率，須由海關匯入並發佈）。`,
        en: `No published rates for HS code ${query.hs} on ${onDate} (OPC Hub ships no rates: customs import and publish them).`,
      },
    });
  return rates;
}

function presentVersion(version: repo.TariffVersionRow) {
  return {
    id: version.id,
    title: version.title,
    sourceDocument: version.sourceDocument,
    effectiveDate: version.effectiveDate,
    notes: version.notes,
    status: version.status,
    rowCount: version.rowCount,
    importedAt: version.importedAt.toISOString(),
    publishedAt: version.publishedAt?.toISOString() ?? null,
  };
}

export async function listTariffVersions(ctx: ServiceContext) {
  return (await repo.listVersions(ctx.db)).map(presentVersion);
}

export async function describeTariffVersion(ctx: ServiceContext, id: string) {
  const version = await repo.findVersion(ctx.db, id);
  if (!version) throw new AppError('hetao.tariff_version_not_found');
  const rates = await repo.ratesOfVersion(ctx.db, id, 500);
  return {
    version: presentVersion(version),
    rates: rates.map((rate) => ({
      hsCode: rate.hsCode,
      description: rate.description,
      dutyRate: rate.dutyRate,
      vatRate: rate.vatRate,
      consumptionRate: rate.consumptionRate,
      sourceLine: rate.sourceLine,
    })),
  };
}

/** At most this many row problems are returned; the count says how many there were. */
const MAX_REPORTED_ROW_ERRORS = 200;

function importRefusal(
  code: 'hetao.tariff_import_invalid' | 'hetao.import_unreadable',
  problems: TariffProblem[],
) {
  const shown = problems.slice(0, MAX_REPORTED_ROW_ERRORS);
  return new AppError(code, {
    detail: {
      'zh-Hans': `发现 ${problems.length} 处问题，未导入任何内容。请按行号修改后重新上传。`,
      'zh-Hant': `發現 ${problems.length} 處問題，未匯入任何內容。請按行號修改後重新上傳。`,
      en: `${problems.length} problem(s) found; nothing was imported. Fix them by line number and upload again.`,
    },
    fieldErrors: shown.map((problem) => ({
      pointer: `/file/${problem.line}/${problem.column}`,
      code: 'hetao.tariff_row',
      detail: `${problem.line}: ${problem.column}: ${problem.message}`,
    })),
    extensions: {
      rowErrors: shown.map((problem) => ({
        line: problem.line,
        column: problem.column,
        message: problem.message,
      })),
      errorCount: problems.length,
    },
  });
}

/** Imports a tariff file as a draft version: all or nothing, every problem with line and column. */
export async function importTariffVersion(
  ctx: ServiceContext,
  principal: Principal,
  file: { bytes: Uint8Array; fileName: string },
  fields: TariffImportFields,
) {
  if (file.bytes.length > TARIFF_FILE_MAX_BYTES) throw new AppError('hetao.file_too_large');
  const result = await readTariffFile(file.bytes);
  if (!result.ok)
    throw importRefusal(
      result.kind === 'unknown' ? 'hetao.import_unreadable' : 'hetao.tariff_import_invalid',
      result.problems,
    );
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const version = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertVersion(tx, {
      title: fields.title,
      sourceDocument: fields.sourceDocument,
      effectiveDate: fields.effectiveDate,
      notes: fields.notes ?? null,
      status: 'draft',
      rowCount: result.rows.length,
      importedBy: principal.accountId,
      importedAt: ctx.now(),
    });
    await repo.insertRates(
      tx,
      result.rows.map((rate) => ({ versionId: row.id, ...rate })),
    );
    await recordAudit(tx, ctx, {
      action: 'hetao.tariff_version.imported',
      subjectType: 'hetao_tariff_version',
      subjectId: row.id,
      after: {
        title: row.title,
        sourceDocument: row.sourceDocument,
        effectiveDate: row.effectiveDate,
        rowCount: row.rowCount,
        fileKind: result.kind,
        sha256,
      },
    });
    return row;
  });
  return {
    version: presentVersion(version),
    fileKind: result.kind,
    warnings: result.warnings.map((warning) => ({ ...warning })),
  };
}

/** Publishes (in force from its effective date) or discards a draft version. */
export async function decideTariffVersion(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
  action: 'publish' | 'discard',
) {
  const version = await ctx.db.transaction(async (tx) => {
    const before = await repo.findVersion(tx, id, true);
    if (!before) throw new AppError('hetao.tariff_version_not_found');
    const status = nextState(tariffVersionMachine, before.status, action);
    const after = await repo.updateVersion(tx, id, {
      status,
      ...(action === 'publish' ? { publishedBy: principal.accountId, publishedAt: ctx.now() } : {}),
    });
    await recordAudit(tx, ctx, {
      action:
        action === 'publish' ? 'hetao.tariff_version.published' : 'hetao.tariff_version.discarded',
      subjectType: 'hetao_tariff_version',
      subjectId: id,
      before: { status: before.status },
      after: { status, effectiveDate: after.effectiveDate },
    });
    return after;
  });
  return presentVersion(version);
}
