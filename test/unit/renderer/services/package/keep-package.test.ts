// What 打包上报 keeps through the open session, over fake-indexeddb: a saved package is recorded for the session's
// workspace with its resource and item counts, and the receiver's key is kept as the clerk confirmed it.
import { describe, expect, it } from 'vitest';
import { encodePublicKeyPem, keyIdOf } from '../../../../../core/crypto/keys.ts';
import { generateKeyPair } from '../../../../../core/crypto/signature.ts';
import { packCatalog } from '../../../../../core/package/pack.ts';
import { readPackage } from '../../../../../core/package/read-package.ts';
import { keepPackage } from '../../../../../renderer/services/package/keep-package.ts';
import { keepReceiverKey } from '../../../../../renderer/services/package/receiver-key.ts';
import { appBackend } from '../../../../../renderer/services/session/app-backend.ts';
import { getReceiverKey } from '../../../../../renderer/services/storage/keystore-store.ts';
import { getPackageSummaries } from '../../../../../renderer/services/storage/package-summaries.ts';
import { listPackages } from '../../../../../renderer/services/storage/packages.ts';
import { DEPARTMENT, testDatabase } from '../storage/test-storage.ts';
import { baseCatalog, CREATED, reportFor, signerOf } from '../../../core/package/package-fixtures.ts';

async function openSession() {
  const backend = appBackend(await testDatabase().open());
  await backend.createWorkspace(DEPARTMENT);
  const row = await backend.findWorkspace('department');
  const session = await backend.openSession(row!.id);
  await session.whenReady();
  return session;
}

describe('keeping a package and the receiver key', () => {
  it('records the saved package for the workspace, with the counts of the catalog packed', async () => {
    const session = await openSession();
    const catalog = baseCatalog();
    const bytes = await packCatalog({ catalog, report: await reportFor(catalog), signer: signerOf(generateKeyPair('SM2-with-SM3')), createdAt: CREATED });
    const read = readPackage(bytes);
    if (!read.ok) throw new Error('package');
    const { manifest, manifestBytes } = read.contents;

    const row = await keepPackage(session, { ok: true, bytes, manifest, manifestBytes }, '泗县-v1.zip', catalog);

    const stored = await listPackages(session.ctx, session.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: row.id, packageId: manifest.packageId, fileName: '泗县-v1.zip', size: bytes.length });
    const items = catalog.resources.reduce((n, r) => n + r.items.length, 0);
    expect(items).toBeGreaterThan(0);
    expect((await getPackageSummaries(session.ctx, [manifest.packageId])).get(manifest.packageId)).toEqual({ resources: catalog.resources.length, items });
  });

  it('keeps the receiver key the clerk confirmed', async () => {
    const session = await openSession();
    const receiver = generateKeyPair('SM2-with-SM3');
    const key = { keyId: await keyIdOf(receiver.algorithm, receiver.publicKey), publicKeyPem: encodePublicKeyPem(receiver.algorithm, receiver.publicKey) };
    expect(await getReceiverKey(session.ctx, session.id)).toBeUndefined();

    await keepReceiverKey(session, key);

    expect(await getReceiverKey(session.ctx, session.id)).toMatchObject({ pem: key.publicKeyPem, keyId: key.keyId });
  });
});
