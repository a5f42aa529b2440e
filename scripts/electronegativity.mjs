// Runs Electronegativity (Doyensec's Electron security linter) over the Electron shell's sources and fails on any
// HIGH or MEDIUM finding, and on any file it could not parse (an unparsed file is an unchecked one). The tool itself
// always exits 0, so its results are read here through its programmatic API. Run with tsx: it imports the CSP.
//
// Only the TypeScript sources are scanned: the bundles in out/electron/ hold the same code without the comments
// that record reviewed false positives (esbuild drops them), plus third-party code the shell does not configure.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../electron/security/csp.ts';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const cspEvaluator = require('@doyensec/csp-evaluator');
const { version: electronVersion } = require('electron/package.json');

const INPUT = resolve('electron');
const EXCLUDED = [
  // Downloads Electron's release list; the build machines are offline, and the version is pinned in package.json.
  'AvailableSecurityFixesGlobalCheck',
  // Finds a CSP only in <meta> tags and onHeadersReceived literals; ours is a header of every app:// response
  // (electron/protocol/response-headers.ts), so it reports "no CSP". The same evaluator is applied to it below.
  'CSPGlobalCheck',
];
const FAILING = new Set(['HIGH', 'MEDIUM']);

const result = await run({
  input: INPUT,
  isRelative: true,
  excludeFromScan: EXCLUDED,
  electronVersionOverride: electronVersion,
});

const issues = result.issues.map((issue) => ({
  severity: issue.severity.name,
  text: `${issue.id}  electron/${issue.file}:${issue.location.line}:${issue.location.column}  ${issue.description}`,
}));
const unparsed = result.errors.filter((error) => !error.tolerable).map((error) => `${error.file}: ${error.message}`);

// What CSPGlobalCheck would have done with our policy: its HIGH and MEDIUM evaluator findings fail, the rest inform.
const { severities } = cspEvaluator;
const cspFindings = new cspEvaluator.CspEvaluator(new cspEvaluator.CspParser(CONTENT_SECURITY_POLICY).csp, cspEvaluator.Version.CSP3).evaluate();
for (const finding of cspFindings) {
  const severity = finding.severity === severities.HIGH || finding.severity === severities.MEDIUM ? 'MEDIUM' : 'INFORMATIONAL';
  issues.push({ severity, text: `CSP_GLOBAL_CHECK  ${finding.directive} ${finding.value}  ${finding.description}` });
}

for (const issue of issues) console.log(`${issue.severity.padEnd(13)} ${issue.text}`);
for (const error of unparsed) console.log(`UNPARSED      ${error}`);

const failing = issues.filter((issue) => FAILING.has(issue.severity)).length;
const summary = `electronegativity: ${result.globalChecks + result.atomicChecks} checks on electron/ (Electron ${electronVersion}) and the CSP: ${issues.length} findings, ${failing} HIGH or MEDIUM, ${unparsed.length} unparsed files`;
if (failing > 0 || unparsed.length > 0) {
  console.error(`${summary}: failed`);
  process.exit(1);
}
console.log(summary);
