// Which profile is written for a division: the wizard preselects it and warns when the clerk picks another.
import { describe, expect, it } from 'vitest';
import { coversDivision, listProfiles, profileForDivision } from '../../../../core/profiles/profile.ts';

describe('profiles by division', () => {
  it('picks the most local profile a division lies in, the province where no county has one, else national', () => {
    expect(profileForDivision('341324')).toBe('sixian');
    expect(profileForDivision('341324100')).toBe('sixian');
    expect(profileForDivision('341302')).toBe('anhui');
    expect(profileForDivision('321002')).toBe('yangzhou');
    expect(profileForDivision('320106')).toBe('nanjing');
    expect(profileForDivision('320506')).toBe('national');
    expect(profileForDivision('140105')).toBe('shanxi');
  });

  it('says a 泗县 department on the 山西 profile is a mismatch, and national or the province fits anywhere inside', () => {
    expect(coversDivision('shanxi', '341324100')).toBe(false);
    expect(coversDivision('sixian', '341302')).toBe(false);
    expect(coversDivision('anhui', '341324100')).toBe(true);
    expect(coversDivision('national', '341324100')).toBe(true);
  });

  it('preselects, for every profile that names divisions, that profile or a more local one', () => {
    const profiles = listProfiles();
    for (const { id, divisions } of profiles) {
      for (const division of divisions) {
        const picked = profileForDivision(division);
        expect(coversDivision(id, division)).toBe(true);
        expect(picked === id || profiles.find((p) => p.id === picked)!.divisions.some((d) => d.startsWith(division))).toBe(true);
      }
    }
  });
});
