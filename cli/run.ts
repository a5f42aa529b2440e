// The `mulu` command's dispatcher: parses arguments, runs a command, maps failures to exit codes.
import { parseArgs } from 'node:util';
import { RefusalError } from '../core/i18n/refusal.ts';
import { EXIT_UNUSABLE } from './exit-codes.ts';
import type { Command, CommandContext } from './command.ts';
import type { LocalText } from '../core/i18n/text.ts';
import { escapingOutput } from './terminal-text.ts';
import { validateCommand, USAGE as VALIDATE_USAGE } from './commands/validate.ts';
import { sampleCommand, USAGE as SAMPLE_USAGE } from './commands/sample.ts';
import { rulesDocCommand, USAGE as RULES_DOC_USAGE } from './commands/rules-doc.ts';
import { schemaCommand, USAGE as SCHEMA_USAGE } from './commands/schema.ts';
import { keygenCommand, USAGE as KEYGEN_USAGE } from './commands/keygen.ts';
import { pubkeyCommand, USAGE as PUBKEY_USAGE } from './commands/pubkey.ts';
import { passwdCommand, USAGE as PASSWD_USAGE } from './commands/passwd.ts';
import { trustCommand, USAGE as TRUST_USAGE } from './commands/trust.ts';
import { packCommand, USAGE as PACK_USAGE } from './commands/pack.ts';
import { verifyCommand, USAGE as VERIFY_USAGE } from './commands/verify.ts';
import { inspectCommand, USAGE as INSPECT_USAGE } from './commands/inspect.ts';
import { diffCommand, USAGE as DIFF_USAGE } from './commands/diff.ts';
import { receiptCommand, USAGE as RECEIPT_USAGE } from './commands/receipt.ts';
import { importCommand, USAGE as IMPORT_USAGE } from './commands/import.ts';
import { exportCommand, USAGE as EXPORT_USAGE } from './commands/export.ts';
import { annotateCommand, USAGE as ANNOTATE_USAGE } from './commands/annotate.ts';
import { templateCommand, USAGE as TEMPLATE_USAGE } from './commands/template.ts';
import { registrationCommand, USAGE as REGISTRATION_USAGE } from './commands/registration.ts';
import { listsCommand, USAGE as LISTS_USAGE } from './commands/lists.ts';
import { aggregateCommand, USAGE as AGGREGATE_USAGE } from './commands/aggregate.ts';
import { assessCommand, USAGE as ASSESS_USAGE } from './commands/assess.ts';
import { backupCommand, USAGE as BACKUP_USAGE } from './commands/backup.ts';
import { exerciseCommand, USAGE as EXERCISE_USAGE } from './commands/exercise.ts';

const COMMANDS: Record<string, { run: Command; usage: LocalText; zh: string; en: string }> = {
  validate: { run: validateCommand, usage: VALIDATE_USAGE, zh: '校验目录文件或工作簿', en: 'validate a catalog file or workbook' },
  import: { run: importCommand, usage: IMPORT_USAGE, zh: '从 Excel 工作簿导入目录（先试导入）', en: 'import a catalog from an Excel workbook (dry run first)' },
  export: { run: exportCommand, usage: EXPORT_USAGE, zh: '把目录导出为 Excel 模板或 CSV', en: 'export a catalog to the Excel template or CSV' },
  annotate: { run: annotateCommand, usage: ANNOTATE_USAGE, zh: '生成标出全部问题的工作簿副本', en: 'write a copy of a workbook with every finding marked' },
  template: { run: templateCommand, usage: TEMPLATE_USAGE, zh: '生成空白目录模板（按规则配置）', en: 'write the blank template for a profile' },
  sample: { run: sampleCommand, usage: SAMPLE_USAGE, zh: '生成示例目录（培训、测试用）', en: 'generate a sample catalog' },
  'rules-doc': { run: rulesDocCommand, usage: RULES_DOC_USAGE, zh: '生成规则说明文档', en: 'write the rule reference' },
  schema: { run: schemaCommand, usage: SCHEMA_USAGE, zh: '输出目录文件的 JSON Schema', en: 'print the catalog JSON Schema' },
  keygen: { run: (ctx) => keygenCommand(ctx), usage: KEYGEN_USAGE, zh: '生成签名密钥（口令保护）', en: 'generate a passphrase-protected signing key' },
  pubkey: { run: pubkeyCommand, usage: PUBKEY_USAGE, zh: '导出公钥或打印公钥登记表', en: 'export the public key or its registration form' },
  passwd: { run: (ctx) => passwdCommand(ctx), usage: PASSWD_USAGE, zh: '更改密钥文件的口令', en: 'change a key file’s passphrase' },
  trust: { run: (ctx) => trustCommand(ctx), usage: TRUST_USAGE, zh: '向信任库加入公钥（trust add）', en: 'add a public key to a trust store (trust add)' },
  pack: { run: (ctx) => packCommand(ctx), usage: PACK_USAGE, zh: '校验目录并生成签名目录包', en: 'validate a catalog and write a signed package' },
  verify: { run: (ctx) => verifyCommand(ctx), usage: VERIFY_USAGE, zh: '验证目录包（信任库、签名、文件摘要）', en: 'verify a package (trust, signature, file digests)' },
  inspect: { run: inspectCommand, usage: INSPECT_USAGE, zh: '查看目录包清单（不验证）', en: 'show a package’s manifest (not verified)' },
  diff: { run: diffCommand, usage: DIFF_USAGE, zh: '比较两版目录或目录包（逐条资源）', en: 'compare two catalogs or packages, resource by resource' },
  receipt: { run: (ctx) => receiptCommand(ctx), usage: RECEIPT_USAGE, zh: '出具或验证回执（receipt create / verify）', en: 'create or verify a receipt (receipt create / verify)' },
  lists: { run: listsCommand, usage: LISTS_USAGE, zh: '导出共享、开放、负面、责任清单（按规则配置）', en: 'write the shared, open, negative and responsibility lists' },
  aggregate: { run: (ctx) => aggregateCommand(ctx), usage: AGGREGATE_USAGE, zh: '汇总各单位目录包为县级目录（验证、跨单位冲突）', en: 'aggregate unit packages into the county catalog (verify, cross-unit conflicts)' },
  assess: { run: (ctx) => assessCommand(ctx), usage: ASSESS_USAGE, zh: '县级考核表：各单位必填项完整率、共享开放比例、报送及时性', en: 'the county assessment sheet: completeness, share and open ratios, timeliness per unit' },
  backup: { run: backupCommand, usage: BACKUP_USAGE, zh: '验证或查看工作区备份（backup verify / inspect）', en: 'verify or inspect a workspace backup (backup verify / inspect)' },
  exercise: { run: (ctx) => exerciseCommand(ctx), usage: EXERCISE_USAGE, zh: '培训练习：埋设错误出题、批改答卷、全班报告（exercise create / grade）', en: 'training exercises: plant mistakes, grade submissions, class report (exercise create / grade)' },
  registration: { run: registrationCommand, usage: REGISTRATION_USAGE, zh: '导出公共数据资源登记表（授权运营范围的资源）', en: 'write the public data resource registration form' },
};

/** Every registered command's name: the --help test iterates over these, so a new command is covered by adding it. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

const OPTIONS = {
  profile: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  resources: { type: 'string' },
  seed: { type: 'string' },
  items: { type: 'string' },
  today: { type: 'string' },
  clean: { type: 'boolean' },
  alg: { type: 'string' },
  force: { type: 'boolean' },
  form: { type: 'string' },
  'department-name': { type: 'string' },
  'department-uscc': { type: 'string' },
  division: { type: 'string' },
  'department-number': { type: 'string' },
  'valid-from': { type: 'string' },
  'valid-until': { type: 'string' },
  note: { type: 'string' },
  key: { type: 'string' },
  'created-at': { type: 'string' },
  training: { type: 'boolean' },
  trust: { type: 'string' },
  'allow-training': { type: 'boolean' },
  base: { type: 'string' },
  changes: { type: 'string' },
  decision: { type: 'string' },
  reason: { type: 'string' },
  'receiver-name': { type: 'string' },
  'receiver-uscc': { type: 'string' },
  package: { type: 'string' },
  'dry-run': { type: 'boolean' },
  report: { type: 'string' },
  // Repeatable, and the files after it also count (pack: `--sources units/*.zip` as the shell expands it).
  sources: { type: 'string', multiple: true },
  receipts: { type: 'string', multiple: true },
  'receipt-trust': { type: 'string' },
  roster: { type: 'string' },
  deadline: { type: 'string' },
  all: { type: 'boolean' },
  // mulu exercise
  mistakes: { type: 'string' },
  kinds: { type: 'string' },
  answers: { type: 'string' },
  title: { type: 'string' },
  instructions: { type: 'string' },
  'time-limit': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usage(): string {
  const lines = ['用法 / usage: mulu <命令> [参数]', ''];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)} ${c.zh} / ${c.en}`);
  lines.push('', '退出码 / exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 输入不可用 unusable input');
  return `${lines.join('\n')}\n`;
}

export async function runCli(argv: string[], streams: Pick<CommandContext, 'out' | 'err'>): Promise<number> {
  const io = { out: escapingOutput(streams.out), err: escapingOutput(streams.err) };
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    if (name && name !== '--help' && name !== '-h') io.err.write(`未知命令「${name}」/ unknown command "${name}"\n`);
    io.err.write(usage());
    return name && name !== '--help' && name !== '-h' ? EXIT_UNUSABLE : 0;
  }
  // --help anywhere after the command name prints that command's usage and does nothing else (exit 0), even when
  // the other arguments are incomplete or wrong: asking how a command works must never run it.
  if (rest.some((a) => a === '--help' || a === '-h')) {
    io.out.write(`${command.usage.zh}\n${command.usage.en}\n`);
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    const flat: Record<string, string | undefined> = {};
    const lists: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(values)) {
      if (Array.isArray(v)) lists[k] = v;
      else flat[k] = typeof v === 'boolean' ? String(v) : v;
    }
    return await command.run({ positionals, values: flat, lists, ...io });
  } catch (err) {
    // A refused action nobody caught on the way (bad arguments, an unknown profile…): its text, exit 2.
    if (err instanceof RefusalError) {
      io.err.write(`${err.text.zh}\n${err.text.en}\n`);
      return EXIT_UNUSABLE;
    }
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      io.err.write(`参数有误：${err.message}\ninvalid arguments: ${err.message}\n`);
      return EXIT_UNUSABLE;
    }
    throw err;
  }
}
