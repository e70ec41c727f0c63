import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../db/client';
import type { ServiceContext } from '../../shared/service-context';
import { systemContext } from '../../shared/service-context';
import { recordAudit } from '../audit/service';
import { parseListCsv } from './list-format';
import { toItemRows } from './list-items';
import * as repo from './repo';

/**
 * The working list: the platform's own list modelled on the six categories of B.L1 and on how
 * the national research-goods lists are written, kept by the lookup module as CSV. The official
 * 509-item attachment of 財關稅〔2026〕1號 is not in any source we have (B.N1), so on a fresh
 * database the working list is loaded as the first published version — labelled as a working
 * list everywhere — and the official list, once imported and published, supersedes it.
 */

export const WORKING_LIST_FILE = fileURLToPath(
  new URL('../hetao-lookup/data/working-list.csv', import.meta.url),
);
export const WORKING_LIST_SEED_KEY = 'working-list-v1';

export const WORKING_LIST_TITLE = '免税科研货物清单（工作清单，非官方）';

/** The label shown beside a working list in the API and the pages. */
export const WORKING_LIST_NOTICE = {
  'zh-Hans':
    '工作清单：本平台依据《免税科研货物清单》的 6 大类（B.L1）和以往科研用品免税清单的写法编制，并非官方附件。官方清单公布后将导入替换。',
  'zh-Hant':
    '工作清單：本平台依據《免稅科研貨物清單》的 6 大類（B.L1）和以往科研用品免稅清單的寫法編製，並非官方附件。官方清單公佈後將匯入替換。',
  en: 'Working list: compiled by this platform from the six categories of the tax-free research-goods list (B.L1) and the way earlier national research-goods lists are written. It is not the official attachment, which will replace it once imported.',
};

/**
 * Loads the working list as the published version when no list has ever been loaded. Safe to
 * call on every start and from several processes: the seed key is unique, and nothing happens
 * once any version is published or the working list was loaded before. Returns whether it
 * loaded anything.
 */
export async function ensureWorkingList(
  db: Db,
  ctx: ServiceContext = systemContext(db, 'hetao-working-list'),
): Promise<{ loaded: boolean; reason?: string }> {
  if (await repo.findListVersionBySeedKey(db, WORKING_LIST_SEED_KEY))
    return { loaded: false, reason: 'already loaded' };
  if (await repo.findListVersionByStatus(db, 'published'))
    return { loaded: false, reason: 'a list is already published' };
  if (!existsSync(WORKING_LIST_FILE))
    return { loaded: false, reason: `${WORKING_LIST_FILE} does not exist` };
  const parsed = parseListCsv(readFileSync(WORKING_LIST_FILE, 'utf8'));
  if (parsed.problems.length > 0) {
    const first = parsed.problems[0]!;
    throw new Error(
      `The working list has ${parsed.problems.length} problem(s); line ${first.line} ${first.field}: ${first.message}`,
    );
  }
  return db.transaction(async (tx) => {
    const now = ctx.now();
    const version = await repo.insertListVersion(tx, {
      title: WORKING_LIST_TITLE,
      issuingDocument: '財關稅〔2026〕1號',
      // The notice's start (B.N1), as the source reports it: 「從2月10日開始正式實施」 (B.D1).
      effectiveDate: '2026-02-10',
      status: 'published',
      isWorkingList: true,
      source:
        'OPC Hub working list (src/modules/hetao-lookup/data/working-list.csv), modelled on B.L1 and B.N1 (in force from 2026-02-10: B.N1, B.D1); not the official attachment',
      notes:
        'The official first batch has 6 categories and 509 items (B.L1); its text was not available. Import the official list to replace this one.',
      seedKey: WORKING_LIST_SEED_KEY,
      createdAt: now,
      publishedAt: now,
    });
    // Another process won the race (unique seed key or one-published index): nothing to do.
    if (!version) return { loaded: false, reason: 'loaded concurrently' };
    await repo.insertListItems(tx, toItemRows(version.id, parsed.items));
    await repo.bumpSourcesGeneration(tx);
    await recordAudit(tx, ctx, {
      action: 'hetao.list_version.working_list_loaded',
      subjectType: 'hetao_list_version',
      subjectId: version.id,
      after: { title: version.title, items: parsed.items.length, seedKey: WORKING_LIST_SEED_KEY },
    });
    return { loaded: true };
  });
}
