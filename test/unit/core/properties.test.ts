// Properties over generated input: name normalisation is idempotent, the rule engine never throws on
// anything the Resource type admits (generated from its schema, test/harness/schema-arbitrary.ts), and completed
// credit codes always validate.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeName } from '../../../core/text/normalize.ts';
import { checkUscc, completeUscc } from '../../../core/codes/uscc.ts';
import { loadDivisionTable, type DivisionTable } from '../../../core/codes/division.ts';
import { CatalogSchema, DataItemSchema, ResourceSchema, type Catalog, type Resource } from '../../../core/model/catalog.ts';
import { PROFILE_IDS } from '../../../core/profiles/profile.ts';
import { RuleEngine } from '../../../core/rules/engine.ts';
import { DEPARTMENT_USCC, PROVIDER_USCC, TODAY } from '../../harness/catalog-builders.ts';
import { schemaArbitrary } from '../../harness/schema-arbitrary.ts';

describe('normalizeName', () => {
  it('is idempotent on grapheme strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const n = normalizeName(s);
        expect(normalizeName(n)).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent on arbitrary code points, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const n = normalizeName(s);
        expect(normalizeName(n)).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent on strings built from troublesome characters', () => {
    // Full-width forms, compatibility characters, combining marks, case pairs with special mappings,
    // punctuation between letters and marks, zero-width characters.
    const tricky = fc.constantFrom(
      ...'ＡＢｃ１２（）【】　 ,.，。、·—-_/\\\'"“”‘’!?！？%％#＃@＆&*＊+＋=＝<>《》'.split(''),
      ...'ΣσςΑΒİıIiẞßǅǄǆﬁﬀ℡㍿½⁄Ⅻⅻ①⑴ᵃª°ſK Å'.split(''),
      '\u0301',
      '\u0307',
      '\u0345',
      '\u200B',
      '\u200D',
      '\u2060',
      '\uFEFF',
      '\u00AD',
      '\u3000',
      'e',
      'a',
      '人',
      '口',
      '⼈',
      '兀',
      '\uF900',
    );
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        const n = normalizeName(s);
        expect(normalizeName(n)).toBe(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('folds the documented duplicate pair together', () => {
    expect(normalizeName('人口 基本信息（2024）')).toBe(normalizeName('人口基本信息(2024)'));
    expect(normalizeName('ＡＢＣ 数据')).toBe('abc数据');
  });
});

// Strings a form can hold: empty, white space (ASCII, ideographic, zero-width), full-width, Chinese,
// code-like and arbitrary.
const text = fc.oneof(
  fc.constantFrom('', ' ', '\u3000', '\t\n', '\u200B', '（）', 'ＡＢＣ１２３', '人口基本信息', '307034341324001/000001', '0', '-', '{field}', '__proto__', 'constructor'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.stringMatching(/^[0-9A-Z]{15,20}$/),
  fc.stringMatching(/^[1-3]\d{5}(\d{2})?\/\d{1,7}$/),
);
const num = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -1, Number.NaN, Number.POSITIVE_INFINITY, -0));
const nat = fc.oneof(fc.nat(100_000), fc.constantFrom(0, 1, 18, 38, 39, 65535, 65536));

const code = fc.oneof(text, fc.constantFrom('307034341324001/000001', '307034341324001/000002', '101001/000001'));
const generated = {
  string: text,
  number: num,
  integer: nat,
  maxLength: 3,
  hints: {
    'classification.class': fc.oneof(fc.constantFrom('1', '2', '3', '4', ''), text),
    'classification.item': fc.oneof(fc.constantFrom('01', '07', '7', ''), text),
    'classification.catalog': fc.oneof(fc.constantFrom('001', '002', '01'), text),
    'classification.subCatalogs': fc.array(fc.oneof(fc.constantFrom('01', '1'), text), { maxLength: 3 }),
    code,
    providerCode: fc.oneof(text, fc.constantFrom(PROVIDER_USCC, PROVIDER_USCC.toLowerCase(), '91350100M000100Y43', '91350100M000100Y44')),
    formatType: fc.oneof(text, fc.constantFrom('oracle', 'xlsx', 'pdf', 'REST', '纸质文件')),
    publishDate: fc.oneof(text, fc.constantFrom('2024-01-01', '2024-02-30', '2999-01-01', TODAY)),
    relatedResourceCodes: fc.array(fc.oneof(text, fc.constantFrom('307034341324001/000001', '307034341324001/000999')), { maxLength: 3 }),
    profile: fc.constantFrom(...PROFILE_IDS),
    'department.uscc': fc.oneof(text, fc.constant(DEPARTMENT_USCC)),
    'department.divisionCode': fc.oneof(text, fc.constantFrom('341324', '341324100', '341324999', '341399', '34132')),
  },
};

const resource: fc.Arbitrary<Resource> = schemaArbitrary(ResourceSchema, {
  ...generated,
  hints: { ...generated.hints, items: fc.array(schemaArbitrary(DataItemSchema, generated), { maxLength: 6 }) },
});

const catalog: fc.Arbitrary<Catalog> = schemaArbitrary(CatalogSchema, {
  ...generated,
  hints: { ...generated.hints, resources: fc.array(resource, { maxLength: 5 }) },
});

let divisions: DivisionTable;
beforeAll(async () => {
  divisions = await loadDivisionTable();
});

describe('the arbitraries come from the schema', () => {
  it('generate every resource, data-item and catalog field the model has', () => {
    const resources = fc.sample(resource, 300);
    const keys = (values: readonly object[]) => new Set(values.flatMap((v) => Object.keys(v)));
    expect(keys(resources)).toEqual(new Set(Object.keys(ResourceSchema.properties)));
    expect(keys(resources.flatMap((r) => r.items))).toEqual(new Set(Object.keys(DataItemSchema.properties)));
    expect(keys(fc.sample(catalog, 100))).toEqual(new Set(Object.keys(CatalogSchema.properties)));
  });
});

describe('the rule engine never throws', () => {
  it.each(PROFILE_IDS)('on arbitrary resources under %s', (profile) => {
    const engine = new RuleEngine({ profile, today: TODAY, divisions });
    const ids = engine.ruleIds();
    fc.assert(
      fc.property(resource, (r) => {
        const findings = engine.validateResource(r, 'resources[0]', 0);
        for (const f of findings) {
          expect(f.path.startsWith('resources[0].')).toBe(true);
          expect(ids).toContain(f.ruleId);
          expect(typeof f.message.zh === 'string' && typeof f.hint.en === 'string').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(PROFILE_IDS)('on arbitrary catalogs under %s', (profile) => {
    const engine = new RuleEngine({ profile, today: TODAY, divisions });
    const noTable = new RuleEngine({ profile, today: TODAY });
    fc.assert(
      fc.property(catalog, (c) => {
        const findings = engine.validateCatalog(c);
        noTable.validateCatalog(c);
        for (const f of findings) {
          expect(engine.ruleIds()).toContain(f.ruleId);
          if (f.resourceIndex !== undefined) expect(f.path.startsWith(`resources[${f.resourceIndex}]`)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('completeUscc', () => {
  const ALPHABET = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'];
  const prefix = fc
    .tuple(
      fc.constantFrom(...'123456789ANY'),
      fc.constantFrom(...ALPHABET),
      fc.array(fc.constantFrom(...'0123456789'), { minLength: 6, maxLength: 6 }),
      fc.array(fc.constantFrom(...ALPHABET), { minLength: 9, maxLength: 9 }),
    )
    .map(([r, k, region, rest]) => r + k + region.join('') + rest.join(''));

  it('always yields a code that passes checkUscc', () => {
    fc.assert(
      fc.property(prefix, (p) => {
        const code = completeUscc(p);
        expect(code).toHaveLength(18);
        expect(code.startsWith(p)).toBe(true);
        const res = checkUscc(code);
        expect(res.problem).toBeUndefined();
        expect(checkUscc(code.toLowerCase()).problem).toBeUndefined();
      }),
      { numRuns: 5000 },
    );
  });

  it('any other check character fails', () => {
    fc.assert(
      fc.property(prefix, fc.constantFrom(...ALPHABET), (p, c) => {
        const code = completeUscc(p);
        fc.pre(code[17] !== c);
        // A prefix whose embedded organisation code fails its own check names that part instead of the last character.
        const orgCodeWrong = checkUscc(code).orgCodeMismatch !== undefined;
        expect(checkUscc(p + c).problem?.kind).toBe(orgCodeWrong ? 'orgCodePart' : 'checksum');
      }),
      { numRuns: 2000 },
    );
  });
});
