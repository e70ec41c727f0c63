import { describe, expect, it } from 'vitest';
import { anonymiseText, type IdentifyingFacts } from './anonymise';

const facts: IdentifyingFacts = {
  personNames: ['陈静怡', 'Jingyi Chen'],
  organisationNames: ['河套深港细胞生物学研究院（演示）'],
  registrationNumbers: ['52440300MJL1234567'],
  addresses: ['深圳市福田区河套深港科技创新合作区深圳园区'],
  emails: ['importer@demo.opchub.cn'],
  phones: ['13912345678'],
};
const none: IdentifyingFacts = {
  personNames: [],
  organisationNames: [],
  registrationNumbers: [],
  addresses: [],
  emails: [],
  phones: [],
};

describe('anonymiseText — what we know about the asker', () => {
  it('removes the asker’s names, organisation (with and without its note), code, address, contacts', () => {
    const text =
      '我是河套深港细胞生物学研究院的陈静怡（静怡），地址深圳市福田区河套深港科技创新合作区深圳园区，' +
      '信用代码 52440300MJL1234567，邮箱 importer@demo.opchub.cn，手机 13912345678。陈博士想进口胎牛血清 FBS。';
    const { text: out, redactions } = anonymiseText(text, facts);
    for (const secret of [
      '陈静怡',
      '静怡',
      '陈博士',
      '河套深港细胞生物学研究院',
      '52440300MJL1234567',
      'importer@demo.opchub.cn',
      '13912345678',
      '福田区',
    ])
      expect(out).not.toContain(secret);
    // The goods stay: they are the point of a precedent.
    expect(out).toContain('胎牛血清 FBS');
    expect(out).toContain('［机构］');
    expect(out).toContain('［人名］');
    expect(redactions.map((r) => r.kind).sort()).toEqual(
      ['address', 'contact', 'organisation', 'person', 'registration-number'].sort(),
    );
  });

  it('finds the asker in the other script: 陳靜怡 for 陈静怡 on record, a Traditional address', () => {
    const text =
      '陳靜怡負責採購。河套深港細胞生物學研究院實驗室，地址深圳市福田區河套深港科技創新合作區深圳園區。';
    const { text: out, redactions } = anonymiseText(text, facts);
    for (const secret of ['陳靜怡', '河套深港細胞生物學研究院', '福田區'])
      expect(out).not.toContain(secret);
    expect(out).toContain('負責採購');
    expect(redactions.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['person', 'organisation', 'address']),
    );
  });

  it('finds an organisation by its trade name when the region sits in brackets inside its name', () => {
    const org = {
      ...none,
      organisationNames: ['腾讯科技（深圳）有限公司', '华大基因（香港）有限公司'],
    };
    for (const text of ['我们腾讯科技的实验室要进口胎牛血清', '华大基因实验室需要进口测序试剂']) {
      const { text: out } = anonymiseText(text, org);
      expect(out).not.toMatch(/腾讯科技|华大基因/);
      expect(out).toMatch(/胎牛血清|测序试剂/);
    }
  });

  it('matches Latin names case-insensitively and uses English placeholders for English text', () => {
    const { text } = anonymiseText(
      'Dear customs, JINGYI CHEN here. We (Jingyi Chen, chen lab) import Matrigel.',
      facts,
    );
    expect(text).not.toMatch(/jingyi/i);
    expect(text).toContain('[name]');
    expect(text).toContain('Matrigel');
  });

  it('uses Traditional placeholders for Traditional text', () => {
    const { text } = anonymiseText(
      '本機構河套深港細胞生物學研究院想進口基質膠，聯絡電話：2345 6789',
      {
        ...none,
        organisationNames: ['河套深港細胞生物學研究院'],
      },
    );
    expect(text).toContain('［機構］');
    expect(text).toContain('［聯絡方式］');
    expect(text).not.toContain('2345 6789');
    expect(text).toContain('基質膠');
  });
});

describe('anonymiseText — what looks identifying', () => {
  it('removes e-mails, links, phone numbers and contact values by pattern', () => {
    const { text } = anonymiseText(
      '联系 li.ming@example.com 或 https://lab.example.cn/about ，电话 0755-2601 2345，微信：lm_lab88，Tel: +852 2345 6789',
      none,
    );
    for (const secret of [
      'li.ming@example.com',
      'lab.example.cn',
      '2601 2345',
      'lm_lab88',
      '2345 6789',
    ])
      expect(text).not.toContain(secret);
  });

  it('removes organisation names by their suffix, but not the goods around them', () => {
    const { text } = anonymiseText(
      '货物由深圳某某生物科技有限公司代理进口，用于北京某大学的细胞培养实验。Supplied via Acme Bio Trading Co., Ltd. and Example University.',
      none,
    );
    expect(text).not.toContain('某某生物科技');
    expect(text).not.toContain('某大学');
    expect(text).not.toContain('Acme Bio Trading');
    expect(text).not.toContain('Example University');
    expect(text).toContain('细胞培养实验');
    expect(text).toContain('代理进口');
  });

  it('removes a name introduced by a label (我是…的, 联系人, 负责人) even when it is not known', () => {
    const { text } = anonymiseText(
      '我是某研究所的刘晓东，联系人张伟已确认用途；负责人：欧阳明。本人承诺仅用于科研。',
      none,
    );
    for (const secret of ['刘晓东', '张伟', '欧阳']) expect(text).not.toContain(secret);
    expect(text).toContain('已确认用途');
    expect(text).toContain('本人承诺仅用于科研');
  });

  it('removes titles with a surname and ID-card numbers', () => {
    const { text } = anonymiseText('请王教授和 Dr. Smith 审核，身份证 44030119900101123X', none);
    expect(text).not.toContain('王教授');
    expect(text).not.toContain('Smith');
    expect(text).not.toContain('44030119900101123X');
  });

  it('leaves tariff codes, catalogue numbers and quantities alone', () => {
    const original =
      'Corning Matrigel 356234，10 mL/瓶，税号 3504.0090 或 35040090？另有 FBS 3002.12，货号 A3160801，500 mL。';
    expect(anonymiseText(original, none).text).toBe(original);
  });
});
