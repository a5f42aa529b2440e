// The first-run wizard's rules: what keeps each step from going on, and the workspace it finally creates.
import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, firstIncompleteStep, stepErrors, toWorkspaceSetup, withDivision, type SetupDraft } from '../../../renderer/first-run/setup-draft.ts';

const COMPLETE: SetupDraft = {
  kind: 'department',
  departmentName: ' 泗县农业农村局 ',
  uscc: '11341324003000129b',
  divisionCode: '341324',
  departmentNumber: ' 005 ',
  profileId: 'sixian',
  operatorName: ' 王芳 ',
};

describe('setup draft', () => {
  it('preselects the division’s profile and follows the division until the clerk picks another', () => {
    const sixian = withDivision(EMPTY_DRAFT, '341324100');
    expect(sixian.profileId).toBe('sixian');
    // Another division: the preselected profile follows it.
    expect(withDivision(sixian, '341302').profileId).toBe('anhui');
    // A profile the clerk chose stays, whatever the division.
    expect(withDivision({ ...sixian, profileId: 'shanxi' }, '341302').profileId).toBe('shanxi');
    expect(withDivision(sixian, '').profileId).toBe('sixian');
  });

  it('asks for everything on an empty draft, step by step', () => {
    expect(stepErrors('department', EMPTY_DRAFT)).toEqual({
      departmentName: { kind: 'text', key: 'departmentNameRequired' },
      uscc: { kind: 'text', key: 'usccRequired' },
      divisionCode: { kind: 'text', key: 'divisionRequired' },
    });
    expect(stepErrors('profile', EMPTY_DRAFT)).toEqual({ profileId: { kind: 'text', key: 'profileRequired' } });
    expect(stepErrors('operator', EMPTY_DRAFT)).toEqual({ operatorName: { kind: 'text', key: 'operatorNameRequired' } });
    expect(firstIncompleteStep(EMPTY_DRAFT)).toBe('department');
  });

  it('treats names of spaces as missing', () => {
    expect(stepErrors('department', { ...COMPLETE, departmentName: '  ' })).toEqual({ departmentName: { kind: 'text', key: 'departmentNameRequired' } });
  });

  it('refuses a code that fails its checksum, and a short one', () => {
    expect(stepErrors('department', { ...COMPLETE, uscc: '11341324003000129A' }).uscc).toMatchObject({ kind: 'uscc', feedback: { problem: { kind: 'checksum' } } });
    expect(stepErrors('department', { ...COMPLETE, uscc: '1134132400' }).uscc).toMatchObject({ kind: 'uscc', feedback: { problem: { kind: 'length' } } });
  });

  it('takes the 部门编号 as optional, but only as 3 digits, and stores it trimmed', () => {
    expect(stepErrors('department', { ...COMPLETE, departmentNumber: '' })).toEqual({});
    expect(stepErrors('department', { ...COMPLETE, departmentNumber: '5' }).departmentNumber).toEqual({ kind: 'text', key: 'departmentNumberDigits' });
    expect(stepErrors('department', { ...COMPLETE, departmentNumber: '00A' }).departmentNumber).toEqual({ kind: 'text', key: 'departmentNumberDigits' });
    expect(toWorkspaceSetup(COMPLETE).department.number).toBe('005');
    expect(toWorkspaceSetup({ ...COMPLETE, departmentNumber: '' }).department).not.toHaveProperty('number');
  });

  it('accepts a county or a township, not a province or prefecture', () => {
    expect(stepErrors('department', { ...COMPLETE, divisionCode: '341324100' })).toEqual({});
    expect(stepErrors('department', { ...COMPLETE, divisionCode: '34' }).divisionCode).toEqual({ kind: 'text', key: 'divisionTooCoarse' });
    expect(stepErrors('department', { ...COMPLETE, divisionCode: '3413' }).divisionCode).toEqual({ kind: 'text', key: 'divisionTooCoarse' });
  });

  it('creates the workspace trimmed and with the code normalised', () => {
    expect(firstIncompleteStep(COMPLETE)).toBeUndefined();
    expect(toWorkspaceSetup(COMPLETE)).toEqual({
      kind: 'department',
      department: { name: '泗县农业农村局', uscc: '11341324003000129B', divisionCode: '341324', number: '005' },
      profileId: 'sixian',
      operatorName: '王芳',
    });
  });

  it('never creates a workspace from an incomplete draft', () => {
    expect(() => toWorkspaceSetup({ ...COMPLETE, operatorName: '' })).toThrow(/operator/);
  });

  it('makes a county workspace for the county itself, without a 部门编号', () => {
    const county: SetupDraft = { ...COMPLETE, kind: 'county', departmentName: '泗县数据资源管理局' };
    expect(stepErrors('department', { ...county, divisionCode: '341324100' }).divisionCode).toEqual({ kind: 'text', key: 'divisionNotCounty' });
    expect(stepErrors('department', { ...county, departmentNumber: 'x' })).toEqual({});
    expect(toWorkspaceSetup(county)).toEqual({
      kind: 'county',
      department: { name: '泗县数据资源管理局', uscc: '11341324003000129B', divisionCode: '341324' },
      profileId: 'sixian',
      operatorName: '王芳',
    });
  });
});
