// The order of the steps is what makes the write durable: the temporary file must be on disk before it takes the
// target's name, and the folder flushed after the rename. A recording fake file system sees every step in order.
import { describe, expect, it } from 'vitest';
import { parentFolder, TargetExistsError, writeFileAtomic, type AtomicFileSystem } from '../../../../core/files/atomic-write.ts';

type Failures = Partial<Record<'link' | 'stat' | 'sync', string>>;

/** Records each call as one line; `fail` makes the named step fail with that error code. */
function recordingFs(fail: Failures = {}) {
  const steps: string[] = [];
  const failing = (step: keyof Failures) => {
    const code = fail[step];
    if (code) throw Object.assign(new Error(code), { code });
  };
  const fs: AtomicFileSystem = {
    async open(path, flags, mode) {
      steps.push(`open ${path} ${flags}${mode === undefined ? '' : ` ${mode.toString(8)}`}`);
      return {
        async writeFile(data) {
          steps.push(`write ${path} ${typeof data === 'string' ? data : `${data.length} bytes`}`);
        },
        async sync() {
          steps.push(`sync ${path}`);
          failing('sync');
        },
        async close() {
          steps.push(`close ${path}`);
        },
      };
    },
    async rename(from, to) {
      steps.push(`rename ${from} ${to}`);
    },
    async link(existing, path) {
      steps.push(`link ${existing} ${path}`);
      failing('link');
    },
    async unlink(path) {
      steps.push(`unlink ${path}`);
    },
    async stat(path) {
      steps.push(`stat ${path}`);
      failing('stat');
      return {};
    },
  };
  /** The temporary file's name, from the first step. */
  const temp = () => steps[0]!.split(' ')[1]!;
  return { fs, steps, temp };
}

describe('writeFileAtomic', () => {
  it('flushes the temporary file before the rename and the folder after it', async () => {
    const { fs, steps, temp } = recordingFs();
    await writeFileAtomic(fs, '/data/目录.json', ['{"a":', new Uint8Array(3)], { mode: 0o644, overwrite: true });
    expect(temp()).toMatch(/^\/data\/目录\.json\.[0-9a-f]{12}\.tmp$/);
    expect(steps).toEqual([
      `open ${temp()} wx 644`,
      `write ${temp()} {"a":`,
      `write ${temp()} 3 bytes`,
      `sync ${temp()}`,
      `close ${temp()}`,
      `rename ${temp()} /data/目录.json`,
      'open /data r',
      'sync /data',
      'close /data',
    ]);
  });

  it('without overwrite, links the flushed file to its name and then flushes the folder', async () => {
    const { fs, steps, temp } = recordingFs();
    await writeFileAtomic(fs, 'out/key.json', 'k', { mode: 0o600, overwrite: false });
    expect(steps.slice(3)).toEqual([`close ${temp()}`, `link ${temp()} out/key.json`, `unlink ${temp()}`, 'open out r', 'sync out', 'close out']);
  });

  it('refuses an existing target, removes the temporary file and renames nothing', async () => {
    const { fs, steps, temp } = recordingFs({ link: 'EEXIST' });
    await expect(writeFileAtomic(fs, 'key.json', 'k', { mode: 0o600, overwrite: false })).rejects.toBeInstanceOf(TargetExistsError);
    expect(steps.slice(-2)).toEqual([`link ${temp()} key.json`, `unlink ${temp()}`]);
    expect(steps.some((s) => s.startsWith('rename'))).toBe(false);
  });

  it('on a stick without hard links, checks for the target and then renames', async () => {
    const { fs, steps, temp } = recordingFs({ link: 'EPERM', stat: 'ENOENT' });
    await writeFileAtomic(fs, 'E:\\目录包.zip', 'z', { mode: 0o644, overwrite: false });
    expect(steps.slice(4)).toEqual([
      `link ${temp()} E:\\目录包.zip`,
      'stat E:\\目录包.zip',
      `rename ${temp()} E:\\目录包.zip`,
      'open E:\\ r',
      'sync E:\\',
      'close E:\\',
    ]);
  });

  it('when the flush fails, renames nothing, removes the temporary file and reports it while it exists', async () => {
    const { fs, steps, temp } = recordingFs({ sync: 'EIO' });
    const tracked: string[] = [];
    const temporaries = { add: (p: string) => tracked.push(`+${p}`), delete: (p: string) => tracked.push(`-${p}`) };
    await expect(writeFileAtomic(fs, 'a.json', 'x', { mode: 0o644, overwrite: true, temporaries })).rejects.toThrow('EIO');
    expect(steps).toEqual([`open ${temp()} wx 644`, `write ${temp()} x`, `sync ${temp()}`, `close ${temp()}`, `unlink ${temp()}`]);
    expect(tracked).toEqual([`+${temp()}`, `-${temp()}`]);
  });
});

describe('parentFolder', () => {
  it.each([
    ['/data/a.json', '/data'],
    ['/a.json', '/'],
    ['a.json', '.'],
    ['out/sub/a.json', 'out/sub'],
    ['C:\\Users\\科员\\a.zip', 'C:\\Users\\科员'],
    ['C:\\a.zip', 'C:\\'],
    ['D:/导出/a.zip', 'D:/导出'],
  ])('%s is in %s', (path, folder) => {
    expect(parentFolder(path)).toBe(folder);
  });
});
