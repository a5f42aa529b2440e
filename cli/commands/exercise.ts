// mulu exercise create <catalog.json|workbook.xlsx> --mistakes 20 --seed 3 --key trainer-key.json --out ex.zip
//   [--answers answers.json] [--kinds k1,k2] [--title …] [--instructions …] [--time-limit minutes] [--profile id]
//   [--created-at ISO]
// mulu exercise grade ex.zip --answers answers.json <submission.zip>... [--format text|json]
// For trainers (docs/exercise-format.md): create plants the mistakes, signs the exercise with the trainer's key and
// writes the answer key beside it (by default <out>.answers.json); grade checks and grades each trainee's
// submission and prints the class report. Exit codes: 0 done (every submission graded), 1 some submission refused
// (each named with its reason), 2 unusable input (arguments, exercise, answer key, key).
import { basename } from 'node:path';
import { classReport, type ClassReport, type GradedFile } from '../../core/exercise/class-report.ts';
import { parseAnswerKey, serializeAnswerKey } from '../../core/exercise/answer-key.ts';
import { createExercise, openExercise } from '../../core/exercise/exercise-file.ts';
import { gradeSubmission, prepareGrading, type SubmissionGrade } from '../../core/exercise/grade.ts';
import { MISTAKE_KINDS } from '../../core/exercise/plant-mistakes.ts';
import { signWithKeystore } from '../../core/package/keystore-signer.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { normalizeInstant } from '../../core/package/instant.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exit-codes.ts';
import { readKeystoreFile } from '../keystore-file.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { PASSPHRASE_ENV, processPassphraseSource, readPassphrase, requirePassphraseSource, type KeyCommandSettings } from '../passphrase.ts';
import { readBytes, readCatalog, readText } from '../read-input.ts';
import { looksLikeWorkbook, readWorkbook } from '../read-workbook.ts';

export const USAGE = {
  zh:
    '用法：mulu exercise create <目录文件.json|工作簿.xlsx> --mistakes 20 --seed 3 --key <培训密钥.json> --out <练习.zip> [--answers <答案.json>] [--kinds 类型1,类型2] [--title 标题] [--instructions 说明] [--time-limit 分钟] [--profile 规则配置] [--created-at ISO时间]\n' +
    '      mulu exercise grade <练习.zip> --answers <答案.json> <答卷.zip>... [--format text|json]\n' +
    `错误类型：${MISTAKE_KINDS.join(', ')}`,
  en:
    'usage: mulu exercise create <catalog.json|workbook.xlsx> --mistakes 20 --seed 3 --key <trainer-key.json> --out <ex.zip> [--answers <answers.json>] [--kinds k1,k2] [--title TITLE] [--instructions TEXT] [--time-limit MINUTES] [--profile id] [--created-at ISO]\n' +
    '       mulu exercise grade <ex.zip> --answers <answers.json> <submission.zip>... [--format text|json]',
};

export async function exerciseCommand(ctx: CommandContext, settings: KeyCommandSettings = {}): Promise<number> {
  const [sub, ...rest] = ctx.positionals;
  if (sub === 'create') return createCommand({ ...ctx, positionals: rest }, settings);
  if (sub === 'grade') return gradeCommand({ ...ctx, positionals: rest });
  throw new UsageError(USAGE.zh, USAGE.en);
}

function count(name: string, raw: string | undefined, min: number, max: number): number {
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} 应为 ${min}–${max} 的整数，收到「${raw ?? ''}」`, `--${name} must be an integer from ${min} to ${max}, got "${raw ?? ''}"`);
  }
  return n;
}

async function createCommand({ positionals, values, err }: CommandContext, settings: KeyCommandSettings): Promise<number> {
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.key || !values.out || values.mistakes === undefined) throw new UsageError(USAGE.zh, USAGE.en);
  const mistakes = count('mistakes', values.mistakes, 1, 500);
  const seed = count('seed', values.seed ?? '1', 0, 2 ** 31 - 1);
  const timeLimit = values['time-limit'] === undefined ? null : count('time-limit', values['time-limit'], 1, 1440);
  const kinds = values.kinds ? values.kinds.split(',').map((k) => k.trim()).filter(Boolean) : [];
  const unknown = kinds.filter((k) => !MISTAKE_KINDS.includes(k));
  if (unknown.length) throw new UsageError(`未知的错误类型：${unknown.join('、')}。可用：${MISTAKE_KINDS.join(', ')}`, `unknown mistake kinds: ${unknown.join(', ')}; known: ${MISTAKE_KINDS.join(', ')}`);
  const answersPath = values.answers ?? `${values.out.replace(/\.zip$/i, '')}.answers.json`;
  await refuseDestructiveOutput(values.out, [file, values.key, answersPath]);
  await refuseDestructiveOutput(answersPath, [file, values.key, values.out]);
  const createdAtText = values['created-at'] ?? (settings.now ?? new Date()).toISOString();
  const createdAt = normalizeInstant(createdAtText);
  if (!createdAt) throw new UsageError(`--created-at 不是有效的时间：「${createdAtText}」`, `--created-at is not a valid time: "${createdAtText}"`);

  const input = await readBytes(file, 'input');
  const catalog = looksLikeWorkbook(file, input) ? (await readWorkbook(file, { values, err }, input)).imported.catalog : await readCatalog(file, input);
  const profile = loadProfile(values.profile ?? catalog.profile ?? 'national').id;
  const keyFile = await readKeystoreFile(values.key);
  const source = settings.passphrases ?? processPassphraseSource();
  requirePassphraseSource(source, PASSPHRASE_ENV);
  const passphrase = await readPassphrase(source, err, PASSPHRASE_ENV, '口令 / Passphrase: ');
  const title = values.title?.trim() || `${catalog.department.name}目录练习`;
  const signed = await signWithKeystore(keyFile.text, passphrase, (signer) =>
    createExercise(catalog, { title, instructions: values.instructions ?? '', profile, timeLimitMinutes: timeLimit, createdAt, mistakes, kinds, seed }, signer),
  );
  if (!signed.ok) throw new UsageError(`${values.key}：${signed.error.message.zh}`, `${values.key}: ${signed.error.message.en}`);
  const { bytes, answers, planted } = signed.value;
  await writeFileAtomic(values.out, bytes, { mode: 0o644, overwrite: true });
  // The answer key is the trainer's alone: readable by its owner only.
  await writeFileAtomic(answersPath, serializeAnswerKey(answers), { mode: 0o600, overwrite: true });
  const short = planted.length < mistakes ? `（要求 ${mistakes} 处，目录中只能埋设 ${planted.length} 处）` : '';
  err.write(
    `已写出练习：${values.out}（埋设错误 ${planted.length} 处${short}，规则配置 ${profile}，种子 ${seed}）\n答案：${answersPath}（请勿发给学员）\n` +
      `wrote the exercise ${values.out} (${planted.length} mistakes planted${planted.length < mistakes ? ` of ${mistakes} asked for` : ''}, profile ${profile}, seed ${seed}); answer key ${answersPath} (keep it from the trainees)\n`,
  );
  return EXIT_OK;
}

async function gradeCommand({ positionals, values, out }: CommandContext): Promise<number> {
  const [exerciseFile, ...submissions] = positionals;
  if (!exerciseFile || !values.answers || submissions.length === 0) throw new UsageError(USAGE.zh, USAGE.en);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到「${format}」`, `--format must be text or json, got "${format}"`);
  const opened = await openExercise(await readBytes(exerciseFile, 'package'));
  if (!opened.ok) throw new UsageError(`${exerciseFile}：${opened.message.zh}`, `${exerciseFile}: ${opened.message.en}`);
  const answers = parseAnswerKey(await readText(values.answers, 'json'));
  if (!answers.ok) throw new UsageError(`${values.answers}：${answers.message.zh}`, `${values.answers}: ${answers.message.en}`);
  const prepared = prepareGrading(opened.exercise, answers.answers);
  if (!prepared.ok) throw new UsageError(`${values.answers}：${prepared.message.zh}`, `${values.answers}: ${prepared.message.en}`);

  const graded: GradedFile[] = [];
  for (const path of submissions) graded.push({ file: basename(path), result: await gradeSubmission(prepared.grader, await readBytes(path, 'package')) });
  const report = classReport(graded);
  const { info } = opened.exercise;
  if (format === 'json') {
    out.write(`${JSON.stringify({ exercise: { title: info.title, digest: opened.exercise.digest, mistakes: info.mistakes, profile: info.profile }, submissions: graded, report }, null, 2)}\n`);
  } else out.write(formatGrades(info.title, graded, report));
  return report.rejected.length ? EXIT_FINDINGS : EXIT_OK;
}

const STATUS_MARK = { fixed: '✓ 已改正', notFixed: '✗ 未改正', removed: '✗ 删除了资源（不算改正）' } as const;

function formatGrades(title: string, graded: readonly GradedFile[], report: ClassReport): string {
  const lines = [`练习「${title}」：答卷 ${graded.length} 份，评分 ${report.trainees.length} 份，拒收 ${report.rejected.length} 份`, ''];
  for (const { file, result } of graded) {
    if (!result.ok) {
      lines.push(`拒收 ${file}：${result.message.zh}`, `  refused: ${result.message.en}`, '');
      continue;
    }
    lines.push(traineeLine(file, result));
    for (const m of result.mistakes) {
      const where = [m.resourceCode, m.resourceName].filter(Boolean).join(' ');
      const rules = m.rules.map((r) => `${r.ruleId} ${r.title.zh}${r.citations.length ? `（${r.citations.join('；')}）` : ''}`).join('；');
      lines.push(`  ${String(m.n).padStart(2)}. ${STATUS_MARK[m.status]} ${m.label.zh} · ${where} · ${rules}`);
    }
    for (const f of result.introduced) lines.push(`  新引入：${f.ruleId} ${f.resourceCode ?? ''} ${f.path}：${f.message.zh}`);
    lines.push('');
  }
  if (report.kinds.length) {
    lines.push('按错误类型，全班改正比例（低者在前，需再讲解）：');
    for (const k of report.kinds) {
      const rules = k.rules.map((r) => `${r.ruleId} ${r.title.zh}${r.citations.length ? ` ${r.citations[0]}` : ''}`).join('；');
      lines.push(`  ${k.label.zh}：${Math.round(k.share * 100)}%（${k.fixed}/${k.attempts}）· ${rules}`);
    }
    lines.push('');
  }
  if (report.meanScore !== null) lines.push(`平均得分 / mean score: ${report.meanScore}`);
  return `${lines.join('\n')}\n`;
}

function traineeLine(file: string, g: SubmissionGrade): string {
  const time = g.minutes === null ? '用时不明' : `用时 ${g.minutes} 分钟${g.overTime ? '（超时）' : ''}`;
  return `${g.trainee}（${file}）：得分 ${g.score}，改正 ${g.fixed}/${g.total}，新引入问题 ${g.introduced.length} 处，${time}`;
}
