// Bench page: generates the county catalog in the page (no 100 MB transfer from Node) and runs the storage
// measurements in this Chromium's IndexedDB (the import commit, the record layouts, bulk edit and delete).
import { generateCatalog } from '../../../core/sample/generator.ts';
import { measureBulk } from './bulk-bench-measure.ts';
import { measureBulkParts } from './bulk-bench-parts.ts';
import type { BulkParts, BulkSample } from './bulk-bench-summary.ts';
import { measureCommit } from './storage-bench-commit.ts';
import { measureLayouts } from './storage-bench-layouts.ts';
import type { CommitSample, LayoutSample } from './storage-bench-summary.ts';

const county = (resources: number) => generateCatalog({ resources, seed: 42, itemsPerResource: 20 });

const runLayouts = (resources: number): Promise<LayoutSample[]> => measureLayouts(county(resources));
const runCommit = (resources: number): Promise<CommitSample> => measureCommit(county(resources));
// 5,000 of the county's resources edited, then deleted, in bulk.
const runBulk = (resources: number): Promise<BulkSample> => measureBulk(county(resources), BULK_COUNT);
const BULK_COUNT = 5_000;
const runBulkParts = (resources: number): Promise<BulkParts> => measureBulkParts(county(resources), BULK_COUNT);

Object.assign(window, { runLayouts, runCommit, runBulk, runBulkParts });
