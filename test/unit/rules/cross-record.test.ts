// Rules across resources (R03 names per provider, R28 one source) when the provider is identified
// only by name: a blank provider code is no provider code.
import { describe, expect, it } from 'vitest';
import { engineFor, findingsOf, nthResource, OTHER_PROVIDER_NAME, validCatalog } from '../../harness/catalog-builders.ts';

const pair = (code: string | undefined) =>
  validCatalog({
    resources: [
      nthResource(0, { name: '婚姻登记信息', providerCode: code }),
      nthResource(1, { name: '婚姻登记信息', providerCode: code, providerName: OTHER_PROVIDER_NAME }),
    ],
  });

describe('providers known only by name', () => {
  it('without a provider code, different provider names are different providers (R03)', () => {
    expect(findingsOf(engineFor('national'), pair(undefined), 'R03')).toEqual([]);
  });

  it('a blank provider code counts as no code (R03)', () => {
    expect(findingsOf(engineFor('national'), pair(''), 'R03')).toEqual([]);
    expect(findingsOf(engineFor('national'), pair('  '), 'R03')).toEqual([]);
  });

  it('a blank provider code counts as no code (R28)', () => {
    expect(findingsOf(engineFor('anhui'), pair(undefined), 'R28').map((f) => f.path)).toEqual(['resources[1].name']);
    expect(findingsOf(engineFor('anhui'), pair(''), 'R28').map((f) => f.path)).toEqual(['resources[1].name']);
  });

  it('the same provider name without codes is one provider (R03)', () => {
    const c = validCatalog({ resources: [nthResource(0, { name: '婚姻登记信息', providerCode: undefined }), nthResource(1, { name: '婚姻 登记信息', providerCode: undefined })] });
    expect(findingsOf(engineFor('national'), c, 'R03').map((f) => f.path)).toEqual(['resources[1].name']);
  });
});
