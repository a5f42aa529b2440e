// Bench page: generates the county catalog in the page (no 100 MB transfer from Node) and runs the storage
// measurements in this Chromium's IndexedDB.
import { generateCatalog } from '../../../core/sample/generator.ts';
import { measureCommit } from './storage-bench-commit.ts';
import { measureLayouts } from './storage-bench-layouts.ts';
import type { CommitSample, LayoutSample } from './storage-bench-summary.ts';

const county = (resources: number) => generateCatalog({ resources, seed: 42, itemsPerResource: 20 });

const runLayouts = (resources: number): Promise<LayoutSample[]> => measureLayouts(county(resources));
const runCommit = (resources: number): Promise<CommitSample> => measureCommit(county(resources));

Object.assign(window, { runLayouts, runCommit });
