// The lists workbook as another office suite sees it: LibreOffice opens it and exports every sheet as CSV.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeListSheets } from '../../../../core/lists/export-lists-workbook.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { createWorkbookWriter } from '../../../../core/workbook/export-workbook.ts';
import { CSV_FILTER, runLibreOffice } from '../../../harness/libreoffice.ts';
import { basis, item, nthResource, validCatalog } from '../../../harness/catalog-builders.ts';

function listsWorkbook(catalog: Catalog, profile: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = createWorkbookWriter((chunk) => void chunks.push(chunk));
  writeListSheets(writer, catalog, { profile: loadProfile(profile) });
  writer.finish();
  return Buffer.concat(chunks);
}

// Nothing is opened: the 开放清单 is empty and must say so under its header.
const catalog = validCatalog({
  profile: 'jilin',
  resources: [
    nthResource(0, { name: '户籍人口信息', supplementary: true, shareType: 'conditional', shareCondition: '仅用于社保核验', openType: 'none', notOpenReasons: ['personalPrivacy'], providerInnerDept: '户政科', accountablePerson: '王五', acquisition: 'selfCollected', items: [item({ name: '姓名' }), item({ name: '宗教信仰', shareType: 'none', shareCondition: '敏感个人信息' })] }),
    nthResource(1, { name: '涉密档案目录', shareType: 'none', shareCondition: '涉及国家秘密', shareBasis: [basis({ title: '中华人民共和国保守国家秘密法', docNo: '主席令第二十号', article: '第二条' })], openType: 'none', notOpenReasons: ['stateSecret'], items: [item({ name: '档号' })] }),
    nthResource(2, { name: '共享来的企业信息', shareType: 'unconditional', openType: 'none', acquisition: 'sharedIn', items: [item({ name: '企业名称' })] }),
  ],
});

describe('the lists workbook', () => {
  const bytes = listsWorkbook(catalog, 'jilin');

  it('freezes each list’s header row', () => {
    const files = unzipSync(bytes);
    const sheets = Object.keys(files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(n));
    expect(sheets).toHaveLength(5);
    for (const name of sheets) expect(new TextDecoder().decode(files[name])).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/u);
  });

  it('opens in LibreOffice with one sheet per list, Jilin’s wording, and an empty list that says so', { timeout: 90_000 }, () => {
    const files = runLibreOffice(bytes, CSV_FILTER);
    const csv = (sheet: string) => new TextDecoder().decode(files.get(`book-${sheet}.csv`)).trimEnd().split(/\r?\n/u);
    expect([...files.keys()].sort()).toEqual(['book-共享目录清单.csv', 'book-开放清单.csv', 'book-负面清单.csv', 'book-责任清单.csv', 'book-补充目录.csv'].sort());
    const shared = csv('共享目录清单');
    expect(shared[0]).toBe('序号,信息资源代码,信息资源名称,信息资源提供方,共享类型,授权共享条件,共享方式分类,共享方式类型,更新周期,可共享信息项,信息项数,发布日期');
    expect(shared).toHaveLength(2); // the resource obtained through sharing is left off (Jilin Art. 24)
    expect(shared[1]).toContain('户籍人口信息');
    expect(shared[1]).toContain('授权共享,仅用于社保核验');
    expect(csv('开放清单')).toEqual([expect.stringMatching(/^序号,/u), '（本清单为空：目录中没有可开放的资源）,,,,,,,,,']);
    const negative = csv('负面清单');
    expect(negative[0]).toContain('非共享理由');
    expect(negative.slice(1).map((l) => l.split(',').slice(1, 5).filter((_, i) => i !== 1).join('|'))).toEqual([
      '资源|户籍人口信息|',
      '信息项|户籍人口信息|宗教信仰',
      '资源|涉密档案目录|',
      '资源|共享来的企业信息|',
    ]);
    expect(negative[3]).toContain('非共享,涉及国家秘密,非开放,涉及国家秘密,,中华人民共和国保守国家秘密法,主席令第二十号,第二条');
    const responsibility = csv('责任清单');
    expect(responsibility).toHaveLength(4);
    expect(responsibility[1]).toContain('户政科,王五');
    expect(responsibility[1]).toContain('自行采集,姓名；宗教信仰,2');
    const supplementary = csv('补充目录'); // Jilin Art. 15: only the resource marked for it
    expect(supplementary).toHaveLength(2);
    expect(supplementary[1]).toContain('户籍人口信息');
  });
});
