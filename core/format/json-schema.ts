// The catalog file's JSON Schema, for other tools (docs/catalog.schema.json is generated from this).
import { CatalogSchema } from '../model/catalog.ts';

export function catalogJsonSchema(): string {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://mulu.invalid/schema/mulu.catalog.v1.json',
    title: 'Mulu 政务数据资源目录文件 / Mulu catalog file (format mulu.catalog, version 1)',
    ...CatalogSchema,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
