// Reading a keystore passphrase. Never from a command-line argument (it would show in the process list and the
// shell history): from an environment variable for scripts, else typed at a terminal with nothing echoed.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { ScryptCost } from '../core/crypto/keystore.ts';
import { passphraseLength, passphraseStrength, SHORT_PASSPHRASE_LENGTH } from '../core/crypto/passphrase-policy.ts';
import type { Output } from './command.ts';
import { UsageError } from './exit-codes.ts';

export const PASSPHRASE_ENV = 'MULU_PASSPHRASE';
export const NEW_PASSPHRASE_ENV = 'MULU_NEW_PASSPHRASE';

export interface PassphraseSource {
  env: Readonly<Record<string, string | undefined>>;
  /** Prompting is possible only when this is a terminal. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/**
 * What the key commands take from their surroundings. The CLI always uses the defaults (the process environment,
 * stdin, the keystore's default scrypt cost); tests inject a low cost and their own environment instead of
 * adding a test switch to the command line.
 */
export interface KeyCommandSettings {
  passphrases?: PassphraseSource;
  /** scrypt cost for newly sealed keystores; opening always uses the cost recorded in the file. */
  scrypt?: ScryptCost;
  now?: Date;
}

export function processPassphraseSource(): PassphraseSource {
  return { env: process.env, stdin: process.stdin };
}


/** The passphrase of an existing keystore. */
export async function readPassphrase(source: PassphraseSource, prompts: Output, envVar: string, prompt: string): Promise<string> {
  const fromEnv = source.env[envVar];
  if (fromEnv !== undefined) {
    if (fromEnv === '') throw new UsageError(`环境变量 ${envVar} 为空；口令不能为空。`, `the ${envVar} environment variable is empty; a passphrase cannot be empty.`);
    return fromEnv;
  }
  requirePassphraseSource(source, envVar);
  return promptHidden(prompt, source.stdin, prompts);
}

/** A new passphrase: typed twice at a terminal; empty is refused; short gets a warning on `prompts` (stderr). */
export async function readNewPassphrase(source: PassphraseSource, prompts: Output, envVar: string, prompt: string, repeatPrompt: string): Promise<string> {
  let passphrase = source.env[envVar];
  if (passphrase === undefined) {
    requirePassphraseSource(source, envVar);
    passphrase = await promptHidden(prompt, source.stdin, prompts);
    if (passphrase !== '' && (await promptHidden(repeatPrompt, source.stdin, prompts)) !== passphrase) {
      throw new UsageError('两次输入的口令不一致，未做任何改动。', 'the two passphrases differ; nothing was written.');
    }
  }
  if (passphrase === '') {
    throw new UsageError(
      `口令不能为空${source.env[envVar] === '' ? `（环境变量 ${envVar} 为空）` : ''}，未做任何改动。`,
      `the passphrase cannot be empty${source.env[envVar] === '' ? ` (${envVar} is empty)` : ''}; nothing was written.`,
    );
  }
  const warning = shortPassphraseWarning(passphrase);
  if (warning) prompts.write(warning);
  return passphrase;
}

/** A warning for a short passphrase (core/crypto/passphrase-policy.ts says why it is not an error). */
export function shortPassphraseWarning(passphrase: string): string | undefined {
  if (passphraseStrength(passphrase) !== 'short') return undefined;
  const length = passphraseLength(passphrase);
  return (
    `警告：口令只有 ${length} 个字符。私钥文件一旦被复制，短口令可被离线穷举猜出；建议至少 ${SHORT_PASSPHRASE_LENGTH} 个字符，可用好记的中文短语。\n` +
    `warning: the passphrase has only ${length} characters. If the key file is copied, a short passphrase can be guessed offline; use at least ${SHORT_PASSPHRASE_LENGTH} (a memorable phrase works well).\n`
  );
}

/** The variable is set, or there is a terminal to prompt on; checked up front so a command fails before slow work. */
export function requirePassphraseSource(source: PassphraseSource, envVar: string): void {
  if (source.env[envVar] !== undefined) return;
  if (source.stdin.isTTY) return;
  throw new UsageError(
    `无法读取口令：标准输入不是终端，无法提示输入。请设置环境变量 ${envVar} 后重试（不要把口令写在命令行参数里）。`,
    `cannot read the passphrase: standard input is not a terminal, so there is no prompt. Set the ${envVar} environment variable and try again (do not put the passphrase on the command line).`,
  );
}

/** Asks `question` on `output` and reads one line from `input` without echoing it. Ctrl+C or Ctrl+D cancels. */
export function promptHidden(question: string, input: NodeJS.ReadableStream, output: Output): Promise<string> {
  let muted = false;
  // readline echoes through its output stream, so a stream that drops everything after the question hides the input.
  const screen = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      // readline's own line editing (cursor moves) must reach the terminal as it is, hence the raw write.
      if (!muted && output.writeRaw) output.writeRaw(String(chunk));
      else if (!muted) output.write(String(chunk));
      callback();
    },
  });
  const rl = createInterface({ input, output: screen, terminal: true, historySize: 0 });
  return new Promise((resolve, reject) => {
    let answered = false;
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      output.write('\n');
      if (!answered) reject(new UsageError('已取消，未做任何改动。', 'cancelled; nothing was written.'));
    });
    rl.question(question, (answer) => {
      answered = true;
      resolve(answer);
      rl.close();
    });
    muted = true; // the question has been written synchronously; nothing typed from here on reaches the screen
  });
}
