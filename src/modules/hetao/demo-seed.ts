import type { ServiceContext } from '../../shared/service-context';
import type { Principal } from '../accounts/service';
import type { DemoSeedStep } from '../demo/types';
import { itemCoverage, parseCodePatterns } from './list-format';
import { addMonths, chinaDateOf } from '../../shared/china-time';
import * as repo from './repo';
import * as questions from './questions-service';
import * as rulings from './rulings-service';
import * as suggestions from './suggestions-service';
import { ensureWorkingList } from './working-list';

/**
 * Demo data for the Hetao desk: the working list as the published version; two questions the
 * demo customs officer answered and published as precedents (fetal bovine serum → 3002.12 and a
 * prepared culture medium → 3821.00, both named in B.L2); one open question about Matrigel from
 * the demo importer (no customs ruling for it was found — see shared/data/README.md); a
 * suggestion group with a supporter; and a filed advance-ruling request. Texts say they are
 * demo data.
 */

const IMPORTER = 'importer@demo.opchub.cn';
const CUSTOMS = 'customs@demo.opchub.cn';
const SUPPORTER = 'founder@demo.opchub.cn';

function as(ctx: ServiceContext, principal: Principal): ServiceContext {
  return {
    ...ctx,
    actor: { accountId: principal.accountId, label: principal.email, roles: principal.roles },
  };
}

/** The item of the list in force that fully covers the code, if any. */
async function itemCovering(ctx: ServiceContext, code: string) {
  const version = await repo.findListVersionByStatus(ctx.db, 'published');
  if (!version) return null;
  for (const row of await repo.listItemsOfVersion(ctx.db, version.id)) {
    const item = {
      includes: parseCodePatterns(row.includes.join(';')).patterns,
      excludes: parseCodePatterns(row.excludes.join(';')).patterns,
    };
    if (itemCoverage(item, code) === 'full') return row.itemId;
  }
  return null;
}

export const seedHetaoDemo: DemoSeedStep = async (ctx, principals) => {
  await ensureWorkingList(ctx.db, ctx);
  const importer = principals.get(IMPORTER);
  const customs = principals.get(CUSTOMS);
  const supporter = principals.get(SUPPORTER);
  if (!importer || !customs) return;
  const asImporter = as(ctx, importer);
  const asCustoms = as(ctx, customs);

  const answered = [
    {
      description:
        '我们是河套深港细胞生物学研究院（演示）的细胞实验室，联系人陈静怡。计划从香港经一线进口胎牛血清（FBS，500 mL/瓶，每年约 40 瓶），用于干细胞和类器官培养。请问是否属于免税科研货物清单？（演示数据）',
      proposedCode: '300212',
      answer: {
        hsCode: '300212',
        covered: true,
        reasoning:
          '胎牛血清是经处理的动物血份，按功能归入 3002.12（抗血清及其他血份）。清单耗材类包括该子目（B.L2「抗血清、其他血份及免疫製品」），科研自用、经“一线”进口的，免征进口关税、进口环节增值税和消费税（B.E2）；耗材在科研中消耗后可核销（B.N5）。动物源性产品须同时办理检疫（B.R1）。（演示数据）',
      },
    },
    {
      description:
        '请问 DMEM 高糖培养基（液体，500 mL，含谷氨酰胺，用于哺乳动物细胞培养）是否在免税清单内？供应商的数据表上写的税号是 3821.00。（演示数据）',
      proposedCode: '382100',
      answer: {
        hsCode: '382100',
        covered: true,
        reasoning:
          'DMEM 是配制好的供人体或动物细胞生长或维持用的培养基，归入 3821.00。清单耗材类明列“製成的供微生物……或植物、人體、動物細胞生長或維持用的培養基”（B.L2），属免税范围；消耗后可核销（B.N5）。（演示数据）',
      },
    },
  ];
  for (const question of answered) {
    const asked = await questions.askQuestion(asImporter, importer, {
      description: question.description,
      proposedCode: question.proposedCode,
    });
    await questions.answerQuestion(asCustoms, customs, asked.id, {
      ...question.answer,
      listItemId: await itemCovering(ctx, question.answer.hsCode),
    });
    await questions.publishPrecedent(asCustoms, customs, asked.id, {});
  }

  const matrigel = await questions.askQuestion(asImporter, importer, {
    description:
      'Corning Matrigel 基质胶（货号 356234，10 mL/瓶，小鼠 EHS 肉瘤提取的基底膜基质，主要成分层粘连蛋白、IV 型胶原），用于类器官三维培养。清单里看不出它是否包括在内：按蛋白质（3504）还是培养基（3821）申报？是否免税？（演示数据）',
    proposedCode: '350400',
  });

  const suggestion = await suggestions.suggestAddition(asImporter, importer, {
    code: '382499',
    category: 'consumables',
    goods: '无血清细胞冻存液（含 DMSO），用于细胞系和类器官的冻存（演示数据）',
    reason:
      '细胞冻存是细胞实验的日常环节，冻存液不属于培养基，清单中找不到对应条目，建议增列（B.L3）。（演示数据）',
  });
  if (supporter) await suggestions.supportGroup(as(ctx, supporter), supporter, suggestion.id);

  const ruling = await rulings.createRuling(asImporter, importer, {
    questionId: matrigel.id,
    goods: 'Corning Matrigel 基质胶（货号 356234），用于类器官三维培养（演示数据）',
    proposedCode: '350400',
    plannedImportOn: addMonths(chinaDateOf(ctx.now()), 5),
  });
  await rulings.fileRuling(asImporter, importer, ruling.id);
};
