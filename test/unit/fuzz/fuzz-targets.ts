// One entry per format the fuzz suites mutate: which corpus file is its valid seed, how it is mutated, the core
// readers that must answer every input without throwing (docs/decisions/failures.md: input is refused by value,
// never by an exception), and the CLI command that reads it and writes a file, whose output must afterwards be
// either untouched or complete. A new format is one more entry here, its seed file added to the corpus in
// fuzz-corpus.ts and its name to FUZZ_FORMATS.
import type fc from 'fast-check';
import { unzipSync } from 'fflate';
import { unlockKeystore, readKeystoreInfo } from '../../../core/crypto/keystore.ts';
import { loadDivisionTable } from '../../../core/codes/division.ts';
import { parseCatalogText } from '../../../core/format/catalog-file.ts';
import { verifyReceipt } from '../../../core/package/receipt.ts';
import { parseTrustStore, type TrustStore } from '../../../core/package/trust-store.ts';
import { verifyPackage } from '../../../core/package/verify.ts';
import { RuleEngine } from '../../../core/rules/engine.ts';
import { checkWorkbook } from '../../../core/workbook/check-workbook.ts';
import { checkBackup, readBackupRows } from '../../../core/backup/backup-check.ts';
import { bytesSource } from '../../../core/zip/stream-reader.ts';
import { jsonMutations, zipMutations, type Mutation } from '../../harness/fuzz/mutations.ts';
import { CORPUS, FUZZ_PASSPHRASE, RECEIVER, THIRD, TODAY, VERIFY_AT } from './fuzz-corpus.ts';

export const FUZZ_FORMATS = ['workbook', 'package', 'receipt', 'trust', 'keystore', 'catalog', 'backup'] as const;
export type FuzzFormat = (typeof FUZZ_FORMATS)[number];

/** What the readers made of one input. */
export type ReadOutcome = 'accepted' | 'refused';

export interface FuzzSetup {
  /** The corpus folder (fuzz-corpus.ts writes it). */
  corpus: string;
  trust: TrustStore;
}

export interface FuzzTarget {
  /** The valid file in the corpus that is mutated. */
  seed: string;
  mutations(base: Uint8Array): fc.Arbitrary<Mutation>;
  /** Runs core's readers on one input; anything thrown is a defect. */
  read(bytes: Uint8Array, setup: FuzzSetup): Promise<ReadOutcome>;
  /** The CLI arguments that read `input`; `out` is where a command that writes puts its file. */
  cli(input: string, out: string, corpus: string): string[];
  /**
   * What the command writes, with a test that written bytes are a whole file of their kind (not a torn one): a
   * file named `name` beside the input (the `out` above), or the input itself, updated in place; absent: nothing.
   */
  output?: { name: string; complete(bytes: Uint8Array): boolean } | { inPlace: true; complete(bytes: Uint8Array): boolean };
}

const lossy = new TextDecoder('utf-8', { fatal: false });
const text = (bytes: Uint8Array) => lossy.decode(bytes);
const outcome = (result: { ok: boolean }): ReadOutcome => (result.ok ? 'accepted' : 'refused');
const isJson = (bytes: Uint8Array) => {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
};
const divisions = loadDivisionTable();

export const FUZZ_TARGETS: Readonly<Record<FuzzFormat, FuzzTarget>> = {
  workbook: {
    seed: CORPUS.workbook,
    mutations: zipMutations,
    read: async (bytes) => outcome(await checkWorkbook(bytes, { divisions: await divisions, today: TODAY })),
    cli: (input, out) => ['import', input, '--out', out, '--today', TODAY],
    output: { name: 'out.json', complete: isJson },
  },
  package: {
    seed: CORPUS.package,
    mutations: zipMutations,
    read: async (bytes, { trust }) => outcome(await verifyPackage(bytes, { trust, at: VERIFY_AT })),
    cli: (input, out, corpus) => [
      'receipt', 'create', input, '--key', `${corpus}/${CORPUS.receiverKey}`, '--decision', 'returned', '--reason', '字段不全',
      '--receiver-name', RECEIVER.name, '--receiver-uscc', RECEIVER.uscc, '--trust', `${corpus}/${CORPUS.trust}`, '--out', out,
    ],
    output: { name: 'receipt.json', complete: isJson },
  },
  receipt: {
    seed: CORPUS.receipt,
    mutations: jsonMutations,
    read: async (bytes, { trust }) => outcome(await verifyReceipt(text(bytes), { trust, at: new Date() })),
    cli: (input, _out, corpus) => ['receipt', 'verify', input, '--trust', `${corpus}/${CORPUS.trust}`, '--package', `${corpus}/${CORPUS.package}`],
  },
  trust: {
    seed: CORPUS.trust,
    mutations: jsonMutations,
    read: async (bytes) => outcome(await parseTrustStore(text(bytes))),
    cli: (input, _out, corpus) => ['trust', 'add', input, `${corpus}/${CORPUS.thirdPem}`, '--department-name', THIRD.name, '--department-uscc', THIRD.uscc],
    output: { inPlace: true, complete: isJson },
  },
  keystore: {
    seed: CORPUS.signerKey,
    mutations: jsonMutations,
    async read(bytes) {
      const info = await readKeystoreInfo(text(bytes));
      if (!info.ok) return 'refused';
      return outcome(await unlockKeystore(text(bytes), FUZZ_PASSPHRASE));
    },
    cli: (input, out) => ['pubkey', input, '--out', out],
    output: { name: 'out.pem', complete: (bytes) => /^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/.test(text(bytes)) },
  },
  catalog: {
    seed: CORPUS.catalog,
    mutations: jsonMutations,
    async read(bytes) {
      const parsed = parseCatalogText(text(bytes));
      if (!parsed.ok) return 'refused';
      new RuleEngine({ profile: 'national', divisions: await divisions, today: TODAY }).validateCatalog(parsed.catalog);
      return 'accepted';
    },
    cli: (input, out) => ['export', input, '--out', out],
    output: {
      name: 'out.xlsx',
      complete: (bytes) => {
        try {
          return Object.keys(unzipSync(bytes)).length > 0;
        } catch {
          return false;
        }
      },
    },
  },
  backup: {
    seed: CORPUS.backup,
    mutations: zipMutations,
    async read(bytes) {
      const check = await checkBackup(bytesSource(bytes));
      if (!check.ok) return 'refused';
      // What the check passes, the restore's second reading must read to the end: anything else would start a restore it then abandons.
      const rows = await readBackupRows(bytesSource(bytes), check.manifest, async () => undefined);
      if (!rows.ok) throw new Error(`an intact backup's rows do not read: ${rows.problem.message.en}`);
      return 'accepted';
    },
    cli: (input, _out, corpus) => ['backup', 'verify', input, '--trust', `${corpus}/${CORPUS.backupPem}`],
  },
};
