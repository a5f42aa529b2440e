// The app's sections, in the order of the side bar. Their labels are `nav.<id>` in the i18n resources.
import type { WorkspaceKind } from '../services/stored-types.ts';

export const SECTION_IDS = ['home', 'catalog', 'import', 'validate', 'lists', 'package', 'keys', 'history', 'roster', 'inbox', 'exercise', 'review', 'countyCatalog', 'conflicts', 'board', 'assessment'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The side bar of each kind of workspace: the clerk's sections, or the county authority's (its key is in 密钥). */
export const SECTIONS_BY_KIND: Readonly<Record<WorkspaceKind, readonly SectionId[]>> = {
  department: ['home', 'catalog', 'import', 'validate', 'lists', 'package', 'keys', 'history'],
  training: ['home', 'catalog', 'import', 'validate', 'lists', 'package', 'keys', 'history', 'exercise'],
  county: ['roster', 'inbox', 'review', 'countyCatalog', 'conflicts', 'board', 'assessment', 'keys'],
};
