// The layering rule must actually fire: lint fake files placed in core/ and renderer/.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layering lint rule', () => {
  it.each([
    ["import { readFile } from 'node:fs';", 'Node built-ins'],
    ["import fs from 'fs';", 'Node built-ins'],
    ["import Dexie from 'dexie';", 'dexie'],
    ["import { app } from 'electron';", 'electron'],
    ["import React from 'react';", 'react'],
    ["import { runCli } from '../../cli/run.ts';", 'cli/'],
    ["import x from '../../renderer/app.tsx';", 'renderer/'],
  ])('rejects %s in core/', async (code, expected) => {
    const messages = await restrictedImports('core/rules/checks/example.ts', `${code}\nexport const y = 1;\n`);
    expect(messages.join('\n')).toContain(expected);
  });

  it('accepts core importing its own modules and assets', async () => {
    const messages = await restrictedImports(
      'core/rules/checks/example.ts',
      "import { isBlank } from '../../text/normalize.ts';\nimport data from '../../../assets/codes/vocabulary.json';\nexport const y = [isBlank, data];\n",
    );
    expect(messages).toEqual([]);
  });

  it('rejects electron and Node built-ins in renderer/ but allows core', async () => {
    expect(await restrictedImports('renderer/app.ts', "import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/app.ts', "import path from 'node:path';\nexport const y = path;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/app.ts', "import { RuleEngine } from '../core/rules/engine.ts';\nexport const y = RuleEngine;\n")).toEqual([]);
  });

  it('lets cli/ use Node and core', async () => {
    expect(await restrictedImports('cli/x.ts', "import { readFile } from 'node:fs/promises';\nimport { RuleEngine } from '../core/rules/engine.ts';\nexport const y = [readFile, RuleEngine];\n")).toEqual([]);
  });

  describe('inside renderer/', () => {
    it.each([
      ["import { useState } from 'react';", 'no React'],
      ["import { createRoot } from 'react-dom/client';", 'no React'],
      ["import { Button } from 'antd';", 'antd'],
      ["import { PlusOutlined } from '@ant-design/icons';", 'no React'],
      ["import { useTranslation } from 'react-i18next';", 'react-i18next'],
      ["import { CatalogSection } from '../../catalog/CatalogSection.tsx';", 'must not import a screen'],
      ["import { useSession } from '../../hooks/use-session.ts';", 'must not import a screen'],
      ["import { describeError } from '../../shared/describe-error.ts';", 'must not import a screen'],
    ])('rejects %s in services/', async (code, expected) => {
      const messages = await restrictedImports('renderer/services/session/example.ts', `${code}\nexport const y = 1;\n`);
      expect(messages.join('\n')).toContain(expected);
    });

    it('lets a service use core, another service and type-only imports', async () => {
      expect(
        await restrictedImports(
          'renderer/services/package/example.ts',
          "import { RuleEngine } from '../../../core/rules/engine.ts';\nimport { listPackages } from '../storage/packages.ts';\nimport { runKeystoreJobInWorker } from '../keys/run-keystore-job.ts';\nexport const y = [RuleEngine, listPackages, runKeystoreJobInWorker];\n",
        ),
      ).toEqual([]);
    });

    it('rejects a section importing another section', async () => {
      const messages = await restrictedImports('renderer/package/example.ts', "import { jumpTarget } from '../validate/jump-target.ts';\nexport const y = jumpTarget;\n");
      expect(messages.join('\n')).toContain('must not import another section');
    });

    it.each(['renderer/home/example.ts', 'renderer/resource-form/example.tsx', 'renderer/ui/example.tsx'])('rejects a value import of storage in %s', async (filePath) => {
      const messages = await restrictedImports(filePath, "import { listPackages } from '../services/storage/packages.ts';\nexport const y = listPackages;\n");
      expect(messages.join('\n')).toContain('through a hook');
    });

    it('rejects a type import of storage in a section: the shapes come from services/stored-types.ts', async () => {
      const messages = await restrictedImports('renderer/package/example.tsx', "import type { PackageRow } from '../services/storage/rows.ts';\nexport type Row = PackageRow;\n");
      expect(messages.join('\n')).toContain('through a hook');
    });

    it('lets a section use hooks, services, shared folders and the stored types', async () => {
      expect(
        await restrictedImports(
          'renderer/package/example.tsx',
          "import type { PackageRow } from '../services/stored-types.ts';\nimport { usePackages } from '../hooks/use-packages.ts';\nimport { keepPackage } from '../services/package/keep-package.ts';\nimport { FindingItem } from '../findings/FindingItem.tsx';\nimport { useNavigation } from '../ui/navigation.ts';\nexport type Row = PackageRow;\nexport const y = [usePackages, keepPackage, FindingItem, useNavigation];\n",
        ),
      ).toEqual([]);
    });

    it('lets hooks/ and app/ read storage', async () => {
      for (const filePath of ['renderer/hooks/example.ts', 'renderer/app/example.tsx']) {
        expect(await restrictedImports(filePath, "import { listPackages } from '../services/storage/packages.ts';\nexport const y = listPackages;\n")).toEqual([]);
      }
    });
  });
});

describe('layers inside core', () => {
  it.each([
    ['core/zip/example.ts', "import { packCatalog } from '../package/pack.ts';", 'core/zip/ may import only i18n'],
    ['core/profiles/example.ts', "import { RuleEngine } from '../rules/engine.ts';", 'core/profiles/ may import only'],
    ['core/package/example.ts', "import { changeDeadlines } from '../calendar/deadlines.ts';", 'core/package/ may import only'],
    ['core/rules/checks/example.ts', "import { columns } from '../../workbook/columns.ts';", 'core/rules/ may import only'],
    ['core/xlsx/example.ts', "import { packCatalog } from '../package/pack.ts';", 'core/xlsx/ may import only'],
    ['core/text/example.ts', "import type { Catalog } from '../model/catalog.ts';", 'core/text/ may import only no other core folder'],
  ])('rejects in %s: %s', async (filePath, code, expected) => {
    const messages = await restrictedImports(filePath, `${code}\nexport const y = 1;\n`);
    expect(messages.join('\n')).toContain(expected);
  });

  it('still applies core-wide rules in a folder with its own block', async () => {
    expect((await restrictedImports('core/zip/example.ts', "import { readFile } from 'node:fs';\nexport const y = readFile;\n")).join('\n')).toContain('Node built-ins');
  });

  it('accepts a lower folder, a named exception, its own folder and assets', async () => {
    const imports = [
      ['core/package/example.ts', "import { readContainer } from '../zip/reader.ts';"],
      ['core/xlsx/example.ts', "import { CATALOG_ENTRY } from '../package/package-media-type.ts';"],
      ['core/rules/checks/example.ts', "import type { RuleCheck } from '../types.ts';"],
      ['core/zip/example.ts', "import data from '../../assets/rules/rules.json';"],
    ];
    for (const [filePath, code] of imports) {
      expect(await restrictedImports(filePath!, `${code}\nexport const y = 1;\n`), `${filePath}: ${code}`).toEqual([]);
    }
  });
});
