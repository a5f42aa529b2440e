// What to tell the clerk about a failure: a refusal's own bilingual text where it carries one (storage's
// StorageError, a workspace refusal), else the error's message.
import type { Lang, LocalText } from '../../core/i18n/text.ts';

/** The bilingual text of a refusal that has one (see WorkspaceSetupTarget.createWorkspace). */
export function refusalText(error: unknown): LocalText | undefined {
  if (typeof error !== 'object' || error === null || !('text' in error)) return undefined;
  const { text } = error;
  if (typeof text !== 'object' || text === null || !('zh' in text) || !('en' in text)) return undefined;
  return typeof text.zh === 'string' && typeof text.en === 'string' ? { zh: text.zh, en: text.en } : undefined;
}

/** What to tell the clerk about a failed read or write of the workspace, in the interface language. */
export function describeError(error: unknown, lang: Lang): string {
  const text = refusalText(error);
  if (text) return text[lang];
  return error instanceof Error ? error.message : String(error);
}
