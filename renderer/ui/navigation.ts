// Moving between sections, and opening a resource at a field from anywhere (a finding in 校验 or in the import
// report jumps to the field it concerns). The shell owns the state; sections read and call it.
import { createContext, useContext } from 'react';
import type { SectionId } from '../shared/sections.ts';

/** A resource to show in 目录编制, and the field path to focus (e.g. items[3].dataType), if any. */
export interface ResourceTarget {
  resourceId: string;
  path?: string;
}

export interface Navigation {
  section: SectionId;
  goTo(section: SectionId): void;
  /** Switches to 目录编制 with this resource open. */
  openResource(target: ResourceTarget): void;
  /** The resource 目录编制 should open; it calls clearTarget once it has. */
  target: ResourceTarget | undefined;
  clearTarget(): void;
}

export const NavigationContext = createContext<Navigation | undefined>(undefined);

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation must be used inside the app shell');
  return value;
}
