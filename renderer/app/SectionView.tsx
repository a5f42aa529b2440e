// Which view each section of the side bar shows.
import type { ComponentType } from 'react';
import { CatalogSection } from '../catalog/CatalogSection.tsx';
import { HomeSection } from '../home/HomeSection.tsx';
import { ImportSection } from '../import/ImportSection.tsx';
import { ListsSection } from '../lists/ListsSection.tsx';
import { KeysSection } from '../keys/KeysSection.tsx';
import { PackageSection } from '../package/PackageSection.tsx';
import { ValidateSection } from '../validate/ValidateSection.tsx';
import type { SectionId } from '../shared/sections.ts';

const VIEWS: Readonly<Record<SectionId, ComponentType>> = {
  home: HomeSection,
  catalog: CatalogSection,
  import: ImportSection,
  validate: ValidateSection,
  lists: ListsSection,
  package: PackageSection,
  keys: KeysSection,
};

export function SectionView({ section }: { section: SectionId }) {
  const View = VIEWS[section];
  return <View />;
}
