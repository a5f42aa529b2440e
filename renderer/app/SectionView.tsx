// Which view each section of the side bar shows.
import type { ComponentType } from 'react';
import { CatalogSection } from '../catalog/CatalogSection.tsx';
import { HistorySection } from '../history/HistorySection.tsx';
import { InboxSection } from '../county/InboxSection.tsx';
import { RosterSection } from '../county/RosterSection.tsx';
import { HomeSection } from '../home/HomeSection.tsx';
import { ImportSection } from '../import/ImportSection.tsx';
import { KeysSection } from '../keys/KeysSection.tsx';
import { PackageSection } from '../package/PackageSection.tsx';
import { ValidateSection } from '../validate/ValidateSection.tsx';
import type { SectionId } from '../shared/sections.ts';

const VIEWS: Readonly<Record<SectionId, ComponentType>> = {
  home: HomeSection,
  catalog: CatalogSection,
  import: ImportSection,
  validate: ValidateSection,
  package: PackageSection,
  keys: KeysSection,
  history: HistorySection,
  roster: RosterSection,
  inbox: InboxSection,
};

export function SectionView({ section }: { section: SectionId }) {
  const View = VIEWS[section];
  return <View />;
}
