// Under the renderer's CSP (no 'unsafe-eval') `new Function` throws; the catalog check must still work there.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('catalog structure check where code evaluation is refused', () => {
  it('reports the same problems with the interpreter', async () => {
    const { generateCatalog } = await import('../../../../core/sample/generator.ts');
    const catalog = generateCatalog({ resources: 3, seed: 2, clean: true });
    const broken = structuredClone(catalog) as unknown as { resources: { items: { dataType: unknown }[] }[] };
    broken.resources[1]!.items[0]!.dataType = 'Z';

    const compiled = await import('../../../../core/format/catalog-file.ts');
    const expected = compiled.checkCatalogStructure(broken);
    expect(expected.length).toBeGreaterThan(0);

    vi.resetModules();
    const refused = vi.fn(() => {
      throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
    });
    vi.stubGlobal('Function', refused);
    const interpreted = await import('../../../../core/format/catalog-file.ts');
    expect(interpreted.checkCatalogStructure(catalog)).toEqual([]);
    expect(interpreted.checkCatalogStructure(broken)).toEqual(expected);
    expect(refused).toHaveBeenCalled();
  });
});
