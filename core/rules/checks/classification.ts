// R32: the 信息资源分类 exists in the profile's tree and follows its code scheme (core/codes/code-scheme.ts).
// Per resource: digit widths and known 类/项/目 (2/99/001 is not a classification anywhere). Over the catalog, where
// the department is known: the 细目 name the department's region and a department number, so codes stay unique
// once the county's catalogs are merged; and the 307001/307002 nodes earlier Mulu versions invented are named as
// such, with the department's own classification as the fix.
import { checkClassification } from '../../codes/classification.ts';
import { departmentClassification, departmentCodeProblem, provinceCatalog } from '../../codes/code-scheme.ts';
import type { Classification } from '../../model/catalog.ts';
import { isFieldEmpty } from '../fields.ts';
import type { RuleCheck } from '../types.ts';

/** The nodes earlier Mulu versions shipped under 307 (not from the guideline or any province). */
const LEGACY_NODES: Readonly<Record<string, { zh: string; en: string }>> = {
  '307001': { zh: '县（区）政务部门', en: 'county government departments' },
  '307002': { zh: '乡镇（街道）', en: 'townships and sub-districts' },
};

const PART_NAMES = {
  class: { zh: '类', en: 'class' },
  item: { zh: '项', en: 'item' },
  catalog: { zh: '目', en: 'catalog' },
  subCatalog: { zh: '细目', en: 'sub-catalog' },
} as const;

const legacyNodeOf = (c: Classification) => LEGACY_NODES[c.class + c.item + c.catalog];

const dotted = (c: Classification) => [c.class, c.item, c.catalog, ...(c.subCatalogs ?? [])].join('·');

export const classificationValidity: RuleCheck = {
  id: 'R32',
  resource(r, ctx, emit) {
    if (!r.classification || isFieldEmpty(r, 'classification')) return; // R01 reports a missing or partial classification
    const problem = checkClassification(r.classification, ctx.tree);
    if (!problem) return;
    if (problem.kind === 'shape') {
      const part = PART_NAMES[problem.part];
      emit({ path: 'classification', variant: 'shape', params: { part, value: problem.value } });
    } else if (!legacyNodeOf(r.classification) || ctx.tree.get(problem.code)) {
      emit({ path: 'classification', variant: 'unknown', params: { code: problem.code } });
    } // a legacy node is reported over the catalog, where the department's own classification is known
  },
  catalog(c, ctx, emit) {
    const scheme = ctx.profile.codeScheme;
    const dept = c.department;
    const numberProblem = departmentCodeProblem(dept, scheme);
    const divisionKnown = numberProblem?.kind !== 'division';
    if (numberProblem?.kind === 'number') emit({ path: 'department.number', variant: 'departmentNumber', params: { width: numberProblem.width, value: numberProblem.value ? `「${numberProblem.value}」` : { zh: '未填写', en: 'not set' } } });
    const own = departmentClassification(dept, scheme);
    const division = dept.divisionCode.trim();
    const numberPattern = new RegExp(`^\\d{${scheme.departmentNumberWidth}}$`);
    const expectedSubs = `${division}·${'N'.repeat(scheme.departmentNumberWidth)}`;
    c.resources.forEach((r, i) => {
      const cl = r.classification;
      if (!cl || isFieldEmpty(r, 'classification')) return;
      const legacy = legacyNodeOf(cl);
      if (legacy && !ctx.tree.get(cl.class + cl.item + cl.catalog)) {
        const expected = own ? dotted(own) : `3·${scheme.departmentItem}·${divisionKnown ? provinceCatalog(division) : '0XX'}·${divisionKnown ? expectedSubs : '…'}`;
        emit({ path: `resources[${i}].classification`, resourceIndex: i, variant: 'legacyNode', params: { code: cl.class + cl.item + cl.catalog, name: legacy, expected } });
        return;
      }
      if (!divisionKnown || checkClassification(cl, ctx.tree)) return; // the resource check reports an invalid classification
      const [region, number] = cl.subCatalogs ?? [];
      const inRegion = region !== undefined && /^\d{6}(\d{3})?$/.test(region) && region.startsWith(division);
      const inProvince = cl.class !== '3' || cl.item !== scheme.departmentItem || cl.catalog === provinceCatalog(division);
      if (inRegion && inProvince && number !== undefined && numberPattern.test(number)) return;
      const shown = own && cl.class === '3' ? dotted(own) : `${cl.class}·${cl.item}·${cl.catalog}·${own ? own.subCatalogs!.join('·') : expectedSubs}`;
      emit({ path: `resources[${i}].classification`, resourceIndex: i, variant: 'region', params: { code: cl.class + cl.item + cl.catalog + (cl.subCatalogs ?? []).join(''), expected: shown } });
    });
  },
};
