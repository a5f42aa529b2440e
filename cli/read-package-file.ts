// Reading a package file for commands that use what a package says without judging it (diff, receipt): the
// container and manifest read safely (core/package/read-package.ts) and the catalog in it. A file that is not a
// readable package is unusable input (exit 2) for them; `verify` and `inspect` report such a file as their finding.
import type { Catalog } from '../core/model/catalog.ts';
import type { PackageFailure } from '../core/package/package-failures.ts';
import { readPackage, readPayloadCatalog, type PackageContents } from '../core/package/read-package.ts';
import { UsageError } from './exit-codes.ts';
import { readBytes } from './read-input.ts';

export interface PackageFile extends PackageContents {
  catalog: Catalog;
}

export async function readPackageFile(path: string, bytes?: Uint8Array): Promise<PackageFile> {
  const read = readPackage(bytes ?? (await readBytes(path, 'package')));
  if (!read.ok) throw unreadable(path, read);
  const payload = readPayloadCatalog(read.contents);
  if (!payload.ok) throw unreadable(path, payload);
  return { ...read.contents, catalog: payload.catalog };
}

function unreadable(path: string, failure: PackageFailure): UsageError {
  return new UsageError(`无法读取目录包 ${path}（${failure.reason}）：${failure.message.zh}`, `cannot read the package ${path} (${failure.reason}): ${failure.message.en}`);
}

/** A ZIP file starts with a local header: `PK\x03\x04`. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
