// Imports of registration data: read the file, map and check every row (nothing half-imported),
// upsert the profiles by credit code in bulk, version and audit the import, then re-match the
// profiles it changed.
import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../../errors/app-error';
import { cleanFileName } from '../../shared/file-name';
import type { ServiceContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import { getCatalogue } from '../rules/catalogue';
import { flattenFacts, nestFacts } from './fact-paths';
import {
  IMPORT_FILE_MAX_BYTES,
  localiseFileProblem,
  readImportFile,
  type ImportFileProblem,
} from './import-file';
import { listImportTargets, mapRows, suggestMapping } from './import-rows';
import * as repo from './repo';
import { presentRun, startRun } from './runs-service';

/** The rejected rows a refusal lists (the count says how many there were in all). */
const MAX_REPORTED_ROW_ERRORS = 200;
/** Profiles a statement upserts (10 columns each, well under PostgreSQL's 65,535 parameters). */
const UPSERT_CHUNK = 1000;

function importRefusal(
  code: 'matching.import_invalid' | 'matching.import_unreadable',
  problems: ImportFileProblem[],
) {
  const shown = problems.slice(0, MAX_REPORTED_ROW_ERRORS);
  return new AppError(code, {
    detail: {
      'zh-Hans': `发现 ${problems.length} 处问题，未导入任何内容。请按行号和列修改后重新上传。`,
      'zh-Hant': `發現 ${problems.length} 處問題，未匯入任何內容。請按行號和欄修改後重新上傳。`,
      en: `${problems.length} problem(s) found; nothing was imported. Fix them by line and column and upload again.`,
    },
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

async function readFile(ctx: ServiceContext, bytes: Uint8Array) {
  if (bytes.length > IMPORT_FILE_MAX_BYTES) throw new AppError('matching.file_too_large');
  const result = await readImportFile(bytes);
  if (!result.ok)
    throw importRefusal(
      result.kind === 'unknown' ? 'matching.import_unreadable' : 'matching.import_invalid',
      result.problems.map((problem) => localiseFileProblem(problem, ctx.language)),
    );
  return {
    ...result,
    warnings: result.warnings.map((problem) => localiseFileProblem(problem, ctx.language)),
  };
}

function parseMapping(text: string | undefined): Record<string, string> | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  if (
    parsed === null ||
    typeof parsed !== 'object' ||
    Array.isArray(parsed) ||
    Object.values(parsed).some((value) => typeof value !== 'string')
  )
    throw new AppError('request.validation_failed', {
      fieldErrors: [
        {
          pointer: '/body/mapping',
          code: 'invalid_value',
          detail: 'A JSON object from column header to target id',
        },
      ],
    });
  return parsed as Record<string, string>;
}

/** What a file holds before it is imported: its columns, the mapping they suggest, a few rows. */
export async function previewImport(ctx: ServiceContext, file: { bytes: Uint8Array }) {
  const result = await readFile(ctx, file.bytes);
  return {
    fileKind: result.kind,
    header: result.header,
    rowCount: result.rows.length,
    sample: result.rows.slice(0, 5).map((row) => ({ line: row.line, cells: row.cells })),
    suggestedMapping: suggestMapping(result.header),
    warnings: result.warnings,
  };
}

export function listTargets() {
  return listImportTargets();
}

export function presentImport(row: repo.MatchingImportRow & { importedByName?: string | null }) {
  return {
    id: row.id,
    version: row.version,
    fileName: row.fileName,
    fileKind: row.fileKind,
    sha256: row.sha256,
    mapping: row.mapping,
    rowCount: row.rowCount,
    createdCount: row.createdCount,
    updatedCount: row.updatedCount,
    unchangedCount: row.unchangedCount,
    importedAt: row.importedAt.toISOString(),
    importedByName: row.importedByName ?? null,
  };
}

/**
 * Imports a file of companies: every row checked first (a refusal lists each problem with its
 * line and column, and nothing is written), then one transaction numbers the import, upserts
 * the profiles in bulk and writes one audit row. An empty cell leaves an earlier import's value
 * as it was. The profiles it created or changed are then matched (trigger `import`).
 */
export async function importProfiles(
  ctx: ServiceContext,
  file: { bytes: Uint8Array; fileName: string },
  fields: { mapping?: string | undefined },
) {
  const read = await readFile(ctx, file.bytes);
  const mapping = parseMapping(fields.mapping) ?? suggestMapping(read.header);
  const mapped = mapRows(read.header, read.rows, mapping, ctx.language);
  if (!mapped.ok) throw importRefusal('matching.import_invalid', mapped.problems);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const fileName = cleanFileName(file.fileName, 'profiles');
  const isFact = (id: string) => getCatalogue().catalogue.factIndex.has(id);
  const importId = randomUUID();
  const now = ctx.now();

  const outcome = await ctx.db.transaction(async (tx) => {
    const version = await repo.nextImportVersion(tx);
    const existing = new Map(
      (
        await repo.findProfilesByCreditCodes(
          tx,
          mapped.profiles.map((row) => row.creditCode),
        )
      ).map((row) => [row.creditCode, row]),
    );
    const changedRows: repo.NewMatchingProfile[] = [];
    let created = 0;
    let updated = 0;
    for (const row of mapped.profiles) {
      const before = existing.get(row.creditCode);
      const facts = before ? flattenFacts(before.facts, isFact) : new Map<string, unknown>();
      const sources = { ...(before?.factSources ?? {}) };
      for (const [fact, value] of row.facts) {
        if (JSON.stringify(facts.get(fact)) !== JSON.stringify(value))
          sources[fact] = { importId, version };
        facts.set(fact, value);
      }
      const foundedOn = facts.get('company.foundedOn');
      const next = {
        creditCode: row.creditCode,
        name: row.name,
        foundedOn: typeof foundedOn === 'string' ? foundedOn : null,
        district: row.district ?? before?.district ?? null,
        size: row.size ?? before?.size ?? null,
        industry: row.industry ?? before?.industry ?? null,
        facts: nestFacts(facts),
        factSources: sources,
      };
      if (
        before &&
        before.name === next.name &&
        before.foundedOn === next.foundedOn &&
        before.district === next.district &&
        before.size === next.size &&
        before.industry === next.industry &&
        JSON.stringify(before.factSources) === JSON.stringify(next.factSources)
      )
        continue;
      if (before) updated += 1;
      else created += 1;
      changedRows.push({ ...next, lastImportId: importId, updatedAt: now });
    }
    const record = await repo.insertImport(tx, {
      id: importId,
      version,
      fileName,
      fileKind: read.kind,
      sha256,
      mapping,
      rowCount: mapped.profiles.length,
      createdCount: created,
      updatedCount: updated,
      unchangedCount: mapped.profiles.length - created - updated,
      importedBy: ctx.actor.accountId,
      importedAt: now,
    });
    const changedIds: number[] = [];
    for (let start = 0; start < changedRows.length; start += UPSERT_CHUNK)
      for (const row of await repo.upsertProfiles(
        tx,
        changedRows.slice(start, start + UPSERT_CHUNK),
      ))
        changedIds.push(row.id);
    await recordAudit(tx, ctx, {
      action: 'matching_import.completed',
      subjectType: 'matching_import',
      subjectId: importId,
      after: {
        version,
        fileName,
        fileKind: read.kind,
        sha256,
        mapping,
        rows: mapped.profiles.length,
        created,
        updated,
      },
    });
    return { record, changedIds };
  });
  const run =
    outcome.changedIds.length > 0
      ? await startRun(ctx, { trigger: 'import', profileIds: outcome.changedIds, cause: importId })
      : null;
  return {
    import: presentImport(outcome.record),
    run: run ? presentRun(run) : null,
    warnings: read.warnings,
  };
}

export async function listImports(ctx: ServiceContext) {
  return (await repo.listImports(ctx.db, 100)).map(presentImport);
}

export async function getImport(ctx: ServiceContext, importId: string) {
  const row = await repo.findImport(ctx.db, importId);
  if (!row) throw new AppError('matching.import_not_found');
  return presentImport(row);
}
