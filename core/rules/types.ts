import type { Catalog, Resource } from '../model/catalog.ts';
import type { Severity } from '../model/enums.ts';
import type { LocalText, TemplateParam } from '../i18n/text.ts';
import type { Profile } from '../profiles/profile.ts';
import type { ClassificationTree } from '../codes/classification.ts';
import type { DivisionTable } from '../codes/division.ts';
import type { Citation } from '../regulations/citations.ts';
import type { CatalogRuleId, RuleId } from '../model/rule-ids.ts';

/** One problem found in a catalog: what, where, how to fix it, and which article requires it. */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** Field path into the catalog, e.g. resources[12].items[3].dataType. */
  path: string;
  resourceIndex?: number;
  resourceCode?: string;
  resourceName?: string;
  message: LocalText;
  hint: LocalText;
  citations: Citation[];
  /** Where the value sits in the workbook it was imported from, when it came from one. */
  location?: CellLocation;
}

/** A cell of an imported workbook, as the clerk finds it in Excel or WPS. */
export interface CellLocation {
  sheet: string;
  /** 1-based, as Excel numbers rows. */
  row: number;
  /** Column letters; absent when the finding concerns the whole row. */
  column?: string;
  /** 资源!F27, or 资源!27 for a whole row. */
  cell: string;
}

/** What a check reports; the engine adds severity, texts, citations and the resource prefix. */
export interface RawFinding {
  /** Path relative to the resource for resource checks, absolute for catalog checks. */
  path: string;
  variant: string;
  params?: Record<string, TemplateParam>;
  /** For catalog checks: the resource the finding belongs to. */
  resourceIndex?: number;
  /** Extra citations for this finding only (e.g. the article that made a field required). */
  citations?: Citation[];
}

export type Emit = (f: RawFinding) => void;

export interface RuleContext {
  profile: Profile;
  tree: ClassificationTree;
  /** The division table, when loaded; division checks are skipped without it. */
  divisions?: DivisionTable;
  /** YYYY-MM-DD; injected so results do not depend on the clock. */
  today: string;
  /** Label of a vocabulary value in this profile's wording. */
  label(vocabulary: keyof Profile['vocabulary'], key: string | undefined): LocalText;
  fieldLabel(path: string): LocalText;
}

export interface RuleCheck {
  id: CatalogRuleId;
  /** Checks one resource in isolation: cheap enough to run on every keystroke. */
  resource?(r: Resource, ctx: RuleContext, emit: Emit): void;
  /** Checks relations between resources, or the catalog header. */
  catalog?(c: Catalog, ctx: RuleContext, emit: Emit): void;
}
