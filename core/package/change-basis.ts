// The 变更依据 of each change: Anhui Art. 15 (and Sixian Art. 19) have the updated catalog reported "及变更依据",
// so a change note that gives a reason but no legal basis is a finding. How much it matters is the profile's
// (`changeBasis.severity`): an error refuses packing, a warning is said and packing goes on; a profile without the
// setting asks for no basis. Pure: the packer, the CLI and the app's change list all ask here.
import { fillLocal, type LocalText } from '../i18n/text.ts';
import type { Severity } from '../model/enums.ts';
import type { Profile } from '../profiles/profile.ts';
import type { Citation } from '../regulations/citations.ts';
import type { ChangeEntry } from './change-list.ts';
import { listCodes } from './code-list.ts';

export interface ChangeBasisFinding {
  severity: Severity;
  /** The changes whose note gives no basis, in the list's order. */
  codes: string[];
  citations: Citation[];
  text: LocalText;
}

const TEXT: LocalText = {
  zh: '以下 {count} 项变更的变更说明没有写明变更依据：{codes}。{articles}要求报送更新后的目录时附变更依据，请在变更说明中写明依据（文件名称、文号、条款）。',
  en: 'The change notes of these {count} changes give no legal basis: {codes}. {articles} require the basis of a change to be reported with the updated catalog; give the document, its number and article in the note.',
};

/** The finding for `entries` under the profile's setting, or undefined when every note gives a basis or none is asked for. */
export function missingChangeBasis(profile: Pick<Profile, 'changeBasis'>, entries: readonly Pick<ChangeEntry, 'code' | 'basis'>[]): ChangeBasisFinding | undefined {
  const setting = profile.changeBasis;
  if (!setting) return undefined;
  const codes = entries.filter((e) => e.basis.length === 0).map((e) => e.code);
  if (codes.length === 0) return undefined;
  const articles = { zh: setting.citations.map((c) => `《${c.title}》${c.article}`).join('、'), en: setting.citations.map((c) => `${c.title} ${c.article}`).join(', ') };
  const text = fillLocal(TEXT, { count: codes.length, codes: listCodes(codes), articles });
  return { severity: setting.severity, codes, citations: setting.citations, text };
}
