// Writing a backup chunk by chunk (docs/backup-format.md): each chunk of rows becomes one ZIP entry, deflated and
// written at once, with its SM3 digest noted; the manifest listing every chunk comes last, then the signature over
// the manifest's exact bytes when the workspace has a key. Only the manifest's list stays in memory.
import { SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from '../crypto/algorithms.ts';
import { encodeBase64 } from '../crypto/base64.ts';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sm3 } from '../crypto/sm3.ts';
import { ContainerStreamWriter, type ByteSink } from '../zip/stream-writer.ts';
import { encodeUtf8 } from '../zip/utf8.ts';
import { BACKUP_FORMAT, BACKUP_MEDIA_TYPE, BACKUP_VERSION, chunkPath, MANIFEST_ENTRY, SIGNATURE_ENTRY, type BackupManifest, type BackupTable } from './backup-manifest.ts';
import { encodeRows } from './row-codec.ts';
import { BACKUP_SIGNATURE_FORMAT, type BackupSignatureFile } from './backup-signature.ts';

/** Signs the manifest with the workspace key (unlocked by the caller with the passphrase, and wiped after). */
export interface BackupSigner {
  algorithm: SignatureAlgorithm;
  keyId: string;
  publicKeyPem: string;
  sign(message: Uint8Array): Promise<Uint8Array> | Uint8Array;
}

/** The manifest's description of the workspace; the writer adds the format and the list of chunks. */
export type BackupHeader = Omit<BackupManifest, 'format' | 'version' | 'tables'>;

export interface FinishedBackup {
  manifest: BackupManifest;
  /** `sm3:<hex>` of the manifest bytes: what the audit entry of the backup names. */
  manifestDigest: string;
  bytes: number;
  signed: boolean;
}

export class BackupWriter {
  private readonly tables = new Map<string, BackupTable>();

  private constructor(private readonly zip: ContainerStreamWriter) {}

  static async start(sink: ByteSink): Promise<BackupWriter> {
    return new BackupWriter(await ContainerStreamWriter.start(sink, BACKUP_MEDIA_TYPE));
  }

  /** Declares a table, so one with no rows is listed too (a restore then knows it was empty, not forgotten). */
  table(name: string): void {
    if (!this.tables.has(name)) this.tables.set(name, { name, rows: 0, ids: null, chunks: [] });
  }

  /** One chunk of a table's rows, in the order they are to be restored. */
  async addChunk(name: string, rows: readonly unknown[]): Promise<void> {
    this.table(name);
    const table = this.tables.get(name)!;
    const data = encodeRows(rows);
    const path = chunkPath(name, table.chunks.length);
    const digest = `sm3:${bytesToHex(await sm3(data))}`;
    await this.zip.add(path, data);
    table.chunks.push({ path, rows: rows.length, bytes: data.length, digest });
    table.rows += rows.length;
    for (const row of rows) {
      const id = (row as { id?: unknown }).id;
      if (typeof id !== 'number') continue;
      table.ids = table.ids ? [Math.min(table.ids[0], id), Math.max(table.ids[1], id)] : [id, id];
    }
  }

  async finish(header: BackupHeader, signer?: BackupSigner): Promise<FinishedBackup> {
    if (signer && !SIGNATURE_ALGORITHMS.includes(signer.algorithm)) throw new RangeError(`BackupWriter: unknown algorithm ${signer.algorithm}`);
    const manifest: BackupManifest = { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...header, tables: [...this.tables.values()] };
    const manifestBytes = encodeUtf8(`${JSON.stringify(manifest, null, 1)}\n`);
    await this.zip.add(MANIFEST_ENTRY, manifestBytes);
    if (signer) {
      const file: BackupSignatureFile = {
        format: BACKUP_SIGNATURE_FORMAT,
        algorithm: signer.algorithm,
        keyId: signer.keyId,
        publicKey: signer.publicKeyPem,
        signature: encodeBase64(await signer.sign(manifestBytes)),
      };
      await this.zip.add(SIGNATURE_ENTRY, encodeUtf8(`${JSON.stringify(file, null, 1)}\n`));
    }
    const bytes = await this.zip.finish();
    return { manifest, manifestDigest: `sm3:${bytesToHex(await sm3(manifestBytes))}`, bytes, signed: signer !== undefined };
  }
}
