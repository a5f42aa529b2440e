// Rules across resources (R03 names per provider, R28 one source) when the provider is identified
// only by name: a blank provider code is no provider code.
import { describe, expect, it } from 'vitest';
import { engineFor, findingsOf, nthResource, OTHER_PROVIDER_NAME, OTHER_PROVIDER_USCC, PROVIDER_NAME, validCatalog } from '../../../harness/catalog-builders.ts';

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

  // A provider written once with its code and once by name alone is one provider: keyed by code and normalised
  // name together (two different codes stay two providers, even under one name).
  it('one provider given once with its code and once by name alone (R28, R03)', () => {
    const sameName = validCatalog({
      resources: [nthResource(0, { name: '低保对象信息' }), nthResource(1, { name: '低保对象 信息', providerName: ` ${PROVIDER_NAME} `, providerCode: undefined })],
    });
    expect(findingsOf(engineFor('anhui'), sameName, 'R28')).toEqual([]);
    expect(findingsOf(engineFor('anhui'), sameName, 'R03').map((f) => f.path)).toEqual(['resources[1].name']);
    const sameItems = validCatalog({ resources: [nthResource(0), nthResource(1, { name: '困难群众信息', providerCode: '' })] });
    expect(findingsOf(engineFor('jilin'), sameItems, 'R28')).toEqual([]);
  });

  it('the name-only resource comes first (R28)', () => {
    const c = validCatalog({ resources: [nthResource(0, { name: '低保对象信息', providerCode: undefined }), nthResource(1, { name: '低保对象信息' })] });
    expect(findingsOf(engineFor('anhui'), c, 'R28')).toEqual([]);
  });

  it('one name under two codes is two providers (R28)', () => {
    const c = validCatalog({ resources: [nthResource(0, { name: '低保对象信息' }), nthResource(1, { name: '低保对象信息', providerCode: OTHER_PROVIDER_USCC })] });
    expect(findingsOf(engineFor('anhui'), c, 'R28').map((f) => f.path)).toEqual(['resources[1].name']);
  });

  it('a name-only resource whose name two codes share matches neither (R28)', () => {
    const c = validCatalog({
      resources: [
        nthResource(0, { name: '低保对象信息' }),
        nthResource(1, { name: '低保对象信息', providerCode: OTHER_PROVIDER_USCC }),
        nthResource(2, { name: '低保对象信息', providerCode: undefined }),
      ],
    });
    expect(findingsOf(engineFor('anhui'), c, 'R28').map((f) => f.path)).toEqual(['resources[1].name', 'resources[2].name']);
  });
});
