/**
 * `npm run check:manifest -- <schema dir>`: validates manifest.yml against Slack's own JSON schema for
 * app manifests (a checkout of slackapi/manifest-schema: `<dir>/schemas/manifest.schema.<major>.0.0.json`,
 * the major version taken from the manifest's `_metadata`). Prints each failing field and exits 1;
 * exits 2 when the schema cannot be found. `npm test` checks what the app itself relies on
 * (test/unit/manifest.test.ts) without this schema, which a clone does not have; `.ci/run` runs this.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
// Slack's v1 manifest schema declares draft-07, Ajv's default draft, so the plain Ajv class fits.
import Ajv from 'ajv';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..');

export function manifestValidator(schemaFile: string) {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as { $schema?: string };
  if (schema.$schema !== 'http://json-schema.org/draft-07/schema#') {
    throw new Error(`${schemaFile}: expected a draft-07 schema, got ${String(schema.$schema)}`);
  }
  // Strict mode stays on, so a keyword Ajv does not know fails loudly rather than being skipped. Three
  // things in Slack's schema need a hand (ajv-formats is not installed, and one format is all it uses):
  //  - format "uri" (only on `$schema`): checked with WHATWG URL parsing;
  //  - "regex", Slack's own keyword for background_color: enforced as the pattern it is meant to be;
  //  - "_note", a comment: accepted and ignored.
  // strictTypes is off because the schema has `minItems` without `type: "array"` in an unrelated part
  // (external auth providers), which Ajv would otherwise log on every run.
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addKeyword({
    keyword: 'regex',
    type: 'string',
    schemaType: 'string',
    validate: (pattern: string, value: string) => new RegExp(pattern).test(value),
  });
  ajv.addKeyword({ keyword: '_note', schemaType: 'string' });
  return ajv.compile(schema);
}

export function schemaFileFor(schemaDir: string, manifest: { _metadata?: { major_version?: number } }): string {
  const major = manifest._metadata?.major_version ?? 1;
  return path.join(schemaDir, 'schemas', `manifest.schema.${major}.0.0.json`);
}

function main(argv: string[]): number {
  const [schemaDir, manifestFile = path.join(ROOT, 'manifest.yml')] = argv;
  if (!schemaDir) {
    process.stderr.write('usage: npm run check:manifest -- <dir of slackapi/manifest-schema> [manifest.yml]\n');
    return 2;
  }
  const manifest = parse(readFileSync(manifestFile, 'utf8')) as { _metadata?: { major_version?: number } };
  const schemaFile = schemaFileFor(schemaDir, manifest);
  if (!existsSync(schemaFile)) {
    process.stderr.write(`no schema at ${schemaFile}\n`);
    return 2;
  }
  const validate = manifestValidator(schemaFile);
  if (validate(manifest)) {
    process.stdout.write(
      `${path.relative(process.cwd(), manifestFile) || manifestFile}: valid against ${path.basename(schemaFile)}\n`,
    );
    return 0;
  }
  for (const e of validate.errors ?? []) {
    process.stderr.write(`${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}\n`);
  }
  return 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
