// R25: data about natural persons carries the 公民身份号码, about legal persons the 统一社会信用代码
// (Yangzhou 第十七条). Items are recognised by name or by their usual field names.
import type { Resource } from '../../model/catalog.ts';
import { normalizedItemNames } from '../derived.ts';
import type { RuleCheck } from '../types.ts';

const PERSON_ID = /(公民)?身份(证件?)?号(码)?|^证件号码$|^sfzh(m)?$|^gmsfhm$|^idcard(no)?$|^zjhm$/;
const CREDIT_CODE = /统一社会信用代码|^tyshxydm$|^uscc$|^shxydm$/;

function has(r: Resource, pattern: RegExp): boolean {
  const names = normalizedItemNames(r);
  return r.items.some((i, k) => pattern.test(names[k]!) || (i.fieldName !== undefined && pattern.test(i.fieldName.toLowerCase())));
}

export const personIdentifiers: RuleCheck = {
  id: 'R25',
  resource(r, _ctx, emit) {
    if (r.involvesNaturalPersons && !has(r, PERSON_ID)) emit({ path: 'items', variant: 'naturalPerson' });
    if (r.involvesLegalPersons && !has(r, CREDIT_CODE)) emit({ path: 'items', variant: 'legalPerson' });
  },
};
