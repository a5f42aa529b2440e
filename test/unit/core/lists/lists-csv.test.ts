// A list as CSV: the export's dialect, the profile's words for values, and an empty list that says so.
import { describe, expect, it } from 'vitest';
import { writeListCsv } from '../../../../core/lists/export-lists-csv.ts';
import { listDefinitions, type ListId } from '../../../../core/lists/list-definitions.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { vocabularyLabels } from '../../../../core/workbook/vocabulary-labels.ts';
import { item, nthResource, validCatalog } from '../../../harness/catalog-builders.ts';

function csv(catalog: Catalog, profileId: string, id: ListId): string {
  const profile = loadProfile(profileId);
  const definition = listDefinitions(profile).find((d) => d.id === id)!;
  let text = '';
  writeListCsv(catalog, definition, vocabularyLabels(profile), (t) => void (text += t));
  return text;
}

const catalog = validCatalog({
  resources: [nthResource(0, { name: '=公式样的名称', shareType: 'conditional', shareCondition: '仅供"核验"', openType: 'none', notOpenReasons: ['personalPrivacy'], items: [item({ name: '姓名' })] })],
});

describe('a list as CSV', () => {
  it('writes Anhui’s 非开放 and the national 有条件共享, quoted, with formula-like text defused', () => {
    const lines = csv(catalog, 'anhui', 'negative').split('\r\n');
    expect(lines[0]!.startsWith('\uFEFF"序号","范围"')).toBe(true);
    expect(lines[0]).toContain('"非开放理由"');
    expect(lines[1]).toContain(`"'=公式样的名称"`);
    expect(lines[1]).toContain('"有条件共享","","非开放","涉及个人隐私"');
    expect(lines[2]).toBe('');
  });

  it('keeps the shared list’s condition with its quotes doubled', () => {
    expect(csv(catalog, 'national', 'shared')).toContain('"有条件共享","仅供""核验"""');
  });

  it('writes the header and one line saying the list is empty', () => {
    expect(csv(catalog, 'national', 'open').split('\r\n').slice(1)).toEqual(['"（本清单为空：目录中没有可开放的资源）"', '']);
  });
});
