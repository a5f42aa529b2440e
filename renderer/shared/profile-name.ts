import { listProfiles } from '../../core/profiles/profile.ts';
import { pickText, type UiLanguage } from '../i18n/language.ts';

/** A profile's name in the interface language; the id itself if core does not know it. */
export function profileName(id: string, language: UiLanguage): string {
  const profile = listProfiles().find((p) => p.id === id);
  return profile ? pickText(profile.name, language) : id;
}
