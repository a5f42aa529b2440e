// Where clicking a finding's place goes: the resource in 目录编制 with the field path inside it
// (resources[12].items[3].dataType → items[3].dataType), or, for the department's own findings, the workspace
// settings. The resource is found by its id at the finding's index, so the jump opens the right one.
import type { Catalog } from '../../core/model/catalog.ts';
import type { Finding } from '../../core/rules/types.ts';

export type JumpTarget = { kind: 'resource'; resourceId: string; path?: string } | { kind: 'department' };

const RESOURCE_PREFIX = /^resources\[\d+\]\.?/u;

/** undefined when the finding's resource is no longer in the catalog (the report is older than an edit). */
export function jumpTarget(finding: Finding, catalog: Catalog): JumpTarget | undefined {
  if (finding.resourceIndex === undefined) return { kind: 'department' };
  const resource = catalog.resources[finding.resourceIndex];
  if (!resource) return undefined;
  const path = finding.path.replace(RESOURCE_PREFIX, '');
  return { kind: 'resource', resourceId: resource.id, ...(path ? { path } : {}) };
}
