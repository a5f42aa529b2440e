// The seam between the first-run wizard and storage. The wizard writes through WorkspaceSetupTarget only, so it
// does not know where workspaces live; session/app-backend.ts implements it over Dexie.
import type { Lang, LocalText } from '../../core/i18n/text.ts';
import type { Department } from '../../core/model/catalog.ts';

export interface WorkspaceSetup {
  department: Department;
  /** A profile id from core's listProfiles(). */
  profileId: string;
  operatorName: string;
}

export interface WorkspaceSetupTarget {
  /** The department workspace already set up, if any: the first-run wizard is shown only when there is none. */
  currentWorkspace(): Promise<WorkspaceSetup | undefined>;
  /**
   * Creates the department workspace. A refusal the clerk can act on (e.g. storage's StorageError for a full disk
   * or an existing workspace) should carry a bilingual `text`, which the wizard shows as it is.
   */
  createWorkspace(setup: WorkspaceSetup): Promise<void>;
}

/** The bilingual text of a refusal that has one (see createWorkspace). */
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
