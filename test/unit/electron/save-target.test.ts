// A save dialog in the app may be pointed at a file the clerk opened in this session (the workbook being
// imported, a receipt) or at a key file; saving there would destroy it. The decision is a pure function; the facts
// come from the file system by identity, so symlinks and hard links are caught as well as the file's own name.
import { linkSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileIdentity, type FileIdentity } from '../../../core/files/file-identity.ts';
import type { LocalText } from '../../../core/i18n/text.ts';
import { OpenedFiles } from '../../../electron/ipc/opened-files.ts';
import { chooseSavePath, existingTarget, saveTargetRefusal } from '../../../electron/ipc/save-target.ts';

const dir = mkdtempSync(join(tmpdir(), 'mulu-save-target-'));
const path = (name: string) => join(dir, name);
writeFileSync(path('key.json'), '{\n  "format": "mulu.keystore",\n  "version": 1\n}\n');
writeFileSync(path('workbook.xlsx'), 'PK…');
writeFileSync(path('other.xlsx'), 'PK…');
symlinkSync(path('key.json'), path('key-link.json'));
linkSync(path('workbook.xlsx'), path('workbook-hardlink.xlsx'));

const id = (dev: number, ino: number): FileIdentity => ({ dev: BigInt(dev), ino: BigInt(ino) });

describe('saveTargetRefusal', () => {
  it('lets a new file or an unrelated existing file be written', () => {
    expect(saveTargetRefusal('a.xlsx', undefined, [id(1, 2)])).toBeNull();
    expect(saveTargetRefusal('a.xlsx', { identity: id(1, 3), keyFile: false }, [id(1, 2), id(2, 3)])).toBeNull();
  });

  it('refuses a file opened in this session, naming it', () => {
    const refusal = saveTargetRefusal('导入.xlsx', { identity: id(1, 2), keyFile: false }, [id(9, 9), id(1, 2)]);
    expect(refusal?.zh).toContain('「导入.xlsx」');
    expect(refusal?.zh).toContain('打开过');
    expect(refusal?.en).toContain('opened');
  });

  it('refuses a key file, whether or not it was opened', () => {
    const refusal = saveTargetRefusal('key.json', { identity: id(1, 5), keyFile: true }, []);
    expect(refusal?.zh).toContain('密钥文件');
    expect(refusal?.en).toContain('private key');
  });
});

describe('existingTarget', () => {
  it('is undefined where no file is', async () => {
    expect(await existingTarget(path('missing.xlsx'))).toBeUndefined();
  });

  it('sees a key file through a symlink, as the key itself', async () => {
    const target = await existingTarget(path('key-link.json'));
    expect(target?.keyFile).toBe(true);
    expect(target?.identity).toEqual(await fileIdentity(fs, path('key.json')));
    expect((await existingTarget(path('other.xlsx')))?.keyFile).toBe(false);
  });

  it('gives a hard link the identity of the file it links', async () => {
    expect((await existingTarget(path('workbook-hardlink.xlsx')))?.identity).toEqual(await fileIdentity(fs, path('workbook.xlsx')));
  });
});

describe('chooseSavePath', () => {
  async function run(answers: (string | undefined)[], opened: OpenedFiles) {
    const asked: string[] = [];
    const refusals: LocalText[] = [];
    const chosen = await chooseSavePath(
      async () => {
        const answer = answers.shift();
        asked.push(String(answer));
        return answer;
      },
      opened,
      async (why) => void refusals.push(why),
    );
    return { chosen, asked, refusals };
  }

  it('asks again after refusing an opened file (by a hard link) and a key (by a symlink), then takes a safe path', async () => {
    const opened = new OpenedFiles();
    opened.remember((await fileIdentity(fs, path('workbook.xlsx')))!);
    const r = await run([path('workbook-hardlink.xlsx'), path('key-link.json'), path('new.xlsx')], opened);
    expect(r.chosen).toBe(path('new.xlsx'));
    expect(r.asked).toHaveLength(3);
    expect(r.refusals.map((w) => w.zh)).toEqual([expect.stringContaining('打开过'), expect.stringContaining('密钥文件')]);
  });

  it('returns nothing when the clerk cancels, even after a refusal', async () => {
    const r = await run([path('key.json'), undefined], new OpenedFiles());
    expect(r.chosen).toBeUndefined();
    expect(r.refusals).toHaveLength(1);
  });
});

describe('OpenedFiles', () => {
  it('remembers identities and forgets the oldest beyond its limit', () => {
    const opened = new OpenedFiles(2);
    opened.remember(id(1, 1));
    opened.remember(id(1, 2));
    opened.remember(id(1, 3));
    expect(opened.all()).toEqual([id(1, 2), id(1, 3)]);
  });
});
