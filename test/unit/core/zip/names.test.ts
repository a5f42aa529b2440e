import { describe, expect, it } from 'vitest';
import { findNameConflict, nameKey, nameProblem } from '../../../../core/zip/names.ts';

describe('nameProblem', () => {
  it.each([
    'mimetype',
    'catalog.json',
    'META-INF/manifest.json',
    'data/items/0001.json',
    '报告/泗县数据资源管理局 2026.xlsx',
    'a b/c-d_e.f.json',
    '.hidden',
    'x'.repeat(255),
  ])('accepts %j', (name) => {
    expect(nameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', 'emptyName'],
    ['a\u0000b', 'controlCharacter'],
    ['a\nb', 'controlCharacter'],
    ['a\u007f', 'controlCharacter'],
    ['a\u0085', 'controlCharacter'],
    ['gpj\u202e.exe', 'controlCharacter'],
    ['a\\b', 'backslash'],
    ['..\\x', 'backslash'],
    ['/etc/passwd', 'absolutePath'],
    ['//server/share/x', 'absolutePath'],
    ['C:/x', 'driveLetter'],
    ['c:x', 'driveLetter'],
    ['../x', 'pathTraversal'],
    ['a/../../b', 'pathTraversal'],
    ['a/..', 'pathTraversal'],
    ['../', 'pathTraversal'],
    ['data/', 'directoryEntry'],
    ['a//b', 'unportableName'],
    ['./a', 'unportableName'],
    ['a/.', 'unportableName'],
    ['a./b', 'unportableName'],
    ['a ', 'unportableName'],
    ['CON', 'unportableName'],
    ['con.json', 'unportableName'],
    ['data/LPT1.txt', 'unportableName'],
    ['COM¹', 'unportableName'],
    ['ab:c', 'unportableName'],
    ['a?b', 'unportableName'],
    ['a*b', 'unportableName'],
    ['a"b', 'unportableName'],
    ['a<b>', 'unportableName'],
    ['a|b', 'unportableName'],
    ['e\u0301.json', 'unportableName'],
    ['x'.repeat(256), 'unportableName'],
    ['中'.repeat(86), 'unportableName'], // 258 bytes
  ])('refuses %j as %s', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });
});

describe('findNameConflict', () => {
  it('finds exact, case-insensitive and Unicode-case duplicates', () => {
    expect(findNameConflict(['a.json', 'b.json', 'a.json'])).toEqual({ name: 'a.json', other: 'a.json', kind: 'duplicate' });
    expect(findNameConflict(['Catalog.JSON', 'catalog.json'])).toMatchObject({ name: 'catalog.json', other: 'Catalog.JSON', kind: 'duplicate' });
    expect(findNameConflict(['Ä.json', 'ä.json'])).toMatchObject({ kind: 'duplicate' });
    expect(findNameConflict(['σ.json', 'ς.json'])).toMatchObject({ kind: 'duplicate' });
    expect(findNameConflict(['ı.json', 'I.json'])).toMatchObject({ kind: 'duplicate' });
    expect(findNameConflict(['DATA/x.json', 'data/X.json'])).toMatchObject({ kind: 'duplicate' });
  });

  it('finds a path used both as a file and as a folder, in either order', () => {
    expect(findNameConflict(['data', 'data/x.json'])).toEqual({ name: 'data/x.json', other: 'data', kind: 'fileAndFolder' });
    expect(findNameConflict(['Data/x.json', 'data'])).toEqual({ name: 'data', other: 'Data/x.json', kind: 'fileAndFolder' });
    expect(findNameConflict(['a/b/c', 'A/B'])).toMatchObject({ kind: 'fileAndFolder' });
  });

  it('accepts distinct names, including ones that differ only in width', () => {
    expect(findNameConflict(['a.json', 'b.json', 'data/a.json', 'data/b/a.json', 'Ａ.json'])).toBeUndefined();
  });

  it('folds NFC and NFD spellings to one key', () => {
    expect(nameKey('e\u0301')).toBe(nameKey('é'));
  });
});
