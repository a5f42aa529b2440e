// `mulu exercise create` and `grade` as a trainer meets them: files written, exit codes, what is printed. The
// trainees' submissions are made with core (the app makes them the same way).
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createKeystore } from '../../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import { parseAnswerKey, solvedCatalog, type AnswerKey } from '../../../core/exercise/answer-key.ts';
import { openExercise, type OpenedExercise } from '../../../core/exercise/exercise-file.ts';
import { serializeCatalog } from '../../../core/format/catalog-file.ts';
import { generateCatalog } from '../../../core/sample/generator.ts';
import { runMulu } from '../../harness/cli.ts';
import { submit } from '../core/exercise/exercise-fixtures.ts';
import { tamperEntry } from '../core/exercise/tamper.ts';

const PASSPHRASE = '培训教师 口令 2026';
let dir = '';
const path = (name: string) => join(dir, name);
let exercise: OpenedExercise;
let answers: AnswerKey;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-exercise-cli-'));
  writeFileSync(path('catalog.json'), serializeCatalog(generateCatalog({ resources: 40, seed: 8, clean: true, profile: 'anhui' })));
  const k = generateKeyPair('SM2-with-SM3');
  writeFileSync(path('trainer.key.json'), await createKeystore(k.privateKey, k.publicKey, 'SM2-with-SM3', PASSPHRASE, { scrypt: { N: 2 ** 10, r: 8, p: 1 } }));
  vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
  const created = await runMulu('exercise', 'create', path('catalog.json'), '--mistakes', '8', '--seed', '3', '--key', path('trainer.key.json'), '--out', path('ex.zip'), '--title', '第一课练习', '--time-limit', '40', '--created-at', '2026-12-07T09:00:00+08:00');
  vi.unstubAllEnvs();
  if (created.code !== 0) throw new Error(created.err);
  const opened = await openExercise(readFileSync(path('ex.zip')));
  if (!opened.ok) throw new Error(opened.message.en);
  exercise = opened.exercise;
  const parsed = parseAnswerKey(readFileSync(path('ex.answers.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message.en);
  answers = parsed.answers;
  writeFileSync(path('untouched.zip'), await submit(exercise, exercise.catalog, '赵六'));
  writeFileSync(path('solved.zip'), await submit(exercise, solvedCatalog(exercise.catalog, answers), '王五'));
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('mulu exercise create', () => {
  it('writes the exercise and, apart, the answer key readable by its owner only', () => {
    expect(exercise.info).toMatchObject({ title: '第一课练习', timeLimitMinutes: 40, mistakes: 8, profile: 'anhui', checkDate: '2026-12-07' });
    expect(answers.planted).toHaveLength(8);
    expect(statSync(path('ex.answers.json')).mode & 0o777).toBe(0o600);
  });

  it('creates from a workbook too, and refuses an unknown kind or a missing --mistakes (exit 2)', async () => {
    expect((await runMulu('export', path('catalog.json'), '--out', path('catalog.xlsx'))).code).toBe(0);
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const fromXlsx = await runMulu('exercise', 'create', path('catalog.xlsx'), '--mistakes', '3', '--kinds', 'abstractMissing,shareBasisMissing', '--key', path('trainer.key.json'), '--out', path('x.zip'), '--answers', path('x-answers.json'));
    expect(fromXlsx.code, fromXlsx.err).toBe(0);
    expect(fromXlsx.err).toContain('埋设错误 3 处');
    const unknown = await runMulu('exercise', 'create', path('catalog.json'), '--mistakes', '3', '--kinds', 'typo', '--key', path('trainer.key.json'), '--out', path('y.zip'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('未知的错误类型：typo');
    expect((await runMulu('exercise', 'create', path('catalog.json'), '--key', path('trainer.key.json'), '--out', path('y.zip'))).code).toBe(2);
  });
});

describe('mulu exercise grade', () => {
  it('grades the untouched exercise 0 and the answer key’s catalog 100, with the class report (exit 0)', async () => {
    const graded = await runMulu('exercise', 'grade', path('ex.zip'), '--answers', path('ex.answers.json'), path('untouched.zip'), path('solved.zip'));
    expect(graded.code, graded.err).toBe(0);
    expect(graded.out).toContain('赵六（untouched.zip）：得分 0，改正 0/8');
    expect(graded.out).toContain('王五（solved.zip）：得分 100，改正 8/8，新引入问题 0 处，用时 30 分钟');
    expect(graded.out).toContain('按错误类型，全班改正比例');
    expect(graded.out).toContain('平均得分 / mean score: 50');
  });

  it('prints JSON with --format json', async () => {
    const graded = await runMulu('exercise', 'grade', path('ex.zip'), '--answers', path('ex.answers.json'), path('solved.zip'), '--format', 'json');
    const json = JSON.parse(graded.out) as { exercise: { mistakes: number }; report: { trainees: { trainee: string; score: number }[]; kinds: { share: number }[] } };
    expect(json.exercise.mistakes).toBe(8);
    expect(json.report.trainees).toEqual([expect.objectContaining({ trainee: '王五', score: 100 })]);
    expect(json.report.kinds.every((k) => k.share === 1)).toBe(true);
  });

  it('refuses tampered and foreign submissions with their reason and exits 1, still grading the others', async () => {
    writeFileSync(path('tampered.zip'), tamperEntry(readFileSync(path('untouched.zip')), 'catalog.json', () => `${serializeCatalog(solvedCatalog(exercise.catalog, answers))}`));
    const graded = await runMulu('exercise', 'grade', path('ex.zip'), '--answers', path('ex.answers.json'), path('tampered.zip'), path('x.zip'), path('solved.zip'));
    expect(graded.code).toBe(1);
    expect(graded.out).toContain('拒收 tampered.zip：练习答卷中的 catalog.json 与签名清单不符');
    expect(graded.out).toContain('拒收 x.zip：不是练习答卷');
    expect(graded.out).toContain('王五（solved.zip）：得分 100');
  });

  it('refuses an answer key of another exercise (exit 2)', async () => {
    const graded = await runMulu('exercise', 'grade', path('ex.zip'), '--answers', path('x-answers.json'), path('solved.zip'));
    expect(graded.code).toBe(2);
    expect(graded.err).toContain('答案文件属于另一个练习');
  });
});
