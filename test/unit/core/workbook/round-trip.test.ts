// Export → import gives back the catalog, for generated county catalogs with and without clerk mistakes, under
// every profile (labels differ: Jilin writes 授权共享).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_IDS, loadProfile } from '../../../../core/profiles/profile.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { exportWorkbook } from '../../../../core/workbook/export-workbook.ts';
import { importWorkbook } from '../../../../core/workbook/import-workbook.ts';
import { vocabularyLabels } from '../../../../core/workbook/vocabulary-labels.ts';
import { withoutBlankParts } from './workbook-harness.ts';

describe('workbook round trip', () => {
  it('export then import returns an equal catalog (property over seeds, profiles, mistakes)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(...PROFILE_IDS),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        async (seed, profileId, clean, resources) => {
          const catalog = generateCatalog({ resources, seed, clean, profile: profileId, mistakeRate: 0.3 });
          const bytes = exportWorkbook(catalog, { profile: loadProfile(profileId) });
          const imported = await importWorkbook(bytes);
          if (!imported.ok) throw new Error(imported.message.zh);
          expect(imported.findings.filter((f) => f.ruleId !== 'W03')).toEqual([]);
          expect(imported.catalog).toEqual(withoutBlankParts(catalog));
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('keeps the profile, catalog version and code high-water marks, which have no column', async () => {
    const catalog = generateCatalog({ resources: 3, seed: 5, clean: true, profile: 'jilin' });
    catalog.catalogVersion = 7;
    catalog.codeSequences = { ...catalog.codeSequences, '307001': 99 };
    const imported = await importWorkbook(exportWorkbook(catalog, { profile: loadProfile('jilin') }));
    if (!imported.ok) throw new Error(imported.message.zh);
    expect(imported.catalog.profile).toBe('jilin');
    expect(imported.catalog.catalogVersion).toBe(7);
    expect(imported.catalog.codeSequences?.['307001']).toBe(99);
  });

  it.each(['anhui', 'jilin'])('carries the 2025 national fields: 牵头收集部门, 工作秘密, 授权运营 and the registration (%s)', async (profileId) => {
    const catalog = generateCatalog({ resources: 3, seed: 11, clean: true, profile: profileId });
    const [a, b, c] = catalog.resources;
    Object.assign(a!, { leadCollectingDepartment: '泗县民政局', workSecret: false, authorizedOperation: true, registration: { kind: 'initial', status: 'coded', code: '0012025000042', codedOn: '2025-06-30' } });
    Object.assign(b!, { workSecret: true, authorizedOperation: false });
    Object.assign(c!, { authorizedOperation: true, registration: { kind: 'change', status: 'publicized' } });
    const imported = await importWorkbook(exportWorkbook(catalog, { profile: loadProfile(profileId) }));
    if (!imported.ok) throw new Error(imported.message.zh);
    expect(imported.findings.filter((f) => f.ruleId !== 'W03')).toEqual([]);
    expect(imported.catalog).toEqual(withoutBlankParts(catalog));
    // The code keeps its leading zeros: it is an identifier, written as text.
    expect(imported.catalog.resources[0]!.registration?.code).toBe('0012025000042');
  });

  it('carries 所属基础库 and 所属主题库 (R24) through the workbook, by label', async () => {
    const catalog = generateCatalog({ resources: 3, seed: 9, clean: true, profile: 'yangzhou' });
    catalog.resources[0]!.basicLibrary = 'population';
    catalog.resources[1]!.themeLibrary = '社会治理';
    const bytes = exportWorkbook(catalog, { profile: loadProfile('yangzhou') });
    const imported = await importWorkbook(bytes);
    if (!imported.ok) throw new Error(imported.message.zh);
    expect(imported.catalog.resources[0]!.basicLibrary).toBe('population');
    expect(imported.catalog.resources[1]!.themeLibrary).toBe('社会治理');
    expect(imported.catalog).toEqual(withoutBlankParts(catalog));
  });

  it('carries 数据获取方式 and 责任人 (the lists, docs/lists.md) through the workbook, by label', async () => {
    const catalog = generateCatalog({ resources: 3, seed: 5, clean: true, profile: 'jilin' });
    Object.assign(catalog.resources[0]!, { acquisition: 'sharedIn', accountablePerson: '王五' });
    Object.assign(catalog.resources[1]!, { acquisition: 'selfCollected' });
    const imported = await importWorkbook(exportWorkbook(catalog, { profile: loadProfile('jilin') }));
    if (!imported.ok) throw new Error(imported.message.zh);
    expect(imported.catalog.resources[0]).toMatchObject({ acquisition: 'sharedIn', accountablePerson: '王五' });
    expect(imported.catalog).toEqual(withoutBlankParts(catalog));
  });

  it('reads a workbook that still says 法律法规规定不得开放, the label before 规章 was added (Anhui Art. 36)', () => {
    for (const profile of ['anhui', 'jilin']) {
      const labels = vocabularyLabels(loadProfile(profile));
      expect(labels.keyOf('notOpenReason', '法律法规规定不得开放')).toBe('lawForbids');
      expect(labels.keyOf('notOpenReason', '法律、法规、规章规定不得开放')).toBe('lawForbids');
    }
    expect(vocabularyLabels(loadProfile('anhui')).label('notOpenReason', 'lawForbids')).toBe('法律、法规、规章规定不得开放');
  });
});
