// The app's sections, in the order of the side bar. Their labels are `nav.<id>` in the i18n resources.
export const SECTION_IDS = ['home', 'catalog', 'import', 'validate', 'lists', 'package', 'keys'] as const;
export type SectionId = (typeof SECTION_IDS)[number];
