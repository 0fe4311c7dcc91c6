import { readFileSync } from 'node:fs';
import path from 'node:path';
// Slack's v1 manifest schema declares draft-07, Ajv's default draft, so the plain Ajv class fits.
import Ajv from 'ajv';
import { parse } from 'yaml';

const MANIFEST_PATH = path.resolve(__dirname, '../../manifest.yml');
const SCHEMA_PATH = path.resolve(__dirname, '../../../shared/slack-manifest-schema/schemas/manifest.schema.1.0.0.json');

interface Manifest {
  display_information: { name: string; description?: string; long_description?: string };
  features?: {
    app_home?: { home_tab_enabled?: boolean; messages_tab_enabled?: boolean };
    bot_user?: { display_name: string };
    slash_commands?: { command: string; url?: string; usage_hint?: string; should_escape?: boolean }[];
    shortcuts?: { name: string; type: string; callback_id: string }[];
  };
  oauth_config?: { scopes?: { bot?: string[]; user?: string[] } };
  settings?: {
    event_subscriptions?: { request_url?: string; bot_events?: string[]; user_events?: string[] };
    interactivity?: { is_enabled: boolean; request_url?: string };
    org_deploy_enabled?: boolean;
    socket_mode_enabled?: boolean;
    token_rotation_enabled?: boolean;
  };
}

const manifest = parse(readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;

function schemaValidator() {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { $schema?: string };
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  // Strict mode stays on, so a keyword Ajv does not know fails loudly rather than being skipped. Three
  // things in Slack's schema need a hand (ajv-formats is not installed, and one format is all it uses):
  //  - format "uri" (only on `$schema`): checked with WHATWG URL parsing;
  //  - "regex", Slack's own keyword for background_color: enforced as the pattern it is meant to be;
  //  - "_note", a comment: accepted and ignored.
  // strictTypes is off because the schema has `minItems` without `type: "array"` in an unrelated part
  // (external auth providers), which Ajv would otherwise log on every run.
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  ajv.addFormat('uri', (value: string) => {
    try {
      new URL(value);
      return true;
    } catch {
      return false;
    }
  });
  ajv.addKeyword({
    keyword: 'regex',
    type: 'string',
    schemaType: 'string',
    validate: (pattern: string, value: string) => new RegExp(pattern).test(value),
  });
  ajv.addKeyword({ keyword: '_note', schemaType: 'string' });
  return ajv.compile(schema);
}

describe('manifest.yml', () => {
  it("is valid against Slack's app manifest schema (v1)", () => {
    const validate = schemaValidator();
    const valid = validate(manifest);
    if (!valid) {
      // Printed so a failure says which field and why, not just "false".
      console.error(JSON.stringify(validate.errors, null, 2));
    }
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the validator does catch a broken manifest', () => {
    const validate = schemaValidator();
    const broken = structuredClone(manifest);
    broken.display_information.long_description = 'Too short.';
    (broken.display_information as Record<string, unknown>).background_color = 'blue';
    expect(validate(broken)).toBe(false);
    const failed = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(failed).toEqual(
      expect.arrayContaining(['/display_information/long_description minLength', '/display_information/background_color regex']),
    );
  });

  it('is called Purposeful and has a bot user', () => {
    expect(manifest.display_information.name).toBe('Purposeful');
    expect(manifest.features?.bot_user?.display_name).toBe('Purposeful');
  });

  it('has /outreach with escaped mentions and a usage hint naming every subcommand', () => {
    const outreach = manifest.features?.slash_commands?.find((c) => c.command === '/outreach');
    expect(outreach).toBeDefined();
    expect(outreach?.should_escape).toBe(true);
    for (const sub of ['draft', 'log', 'list', 'stats', 'replied', 'away', 'digest', 'settings', 'export', 'forget', 'ask-intent', 'help']) {
      expect(outreach?.usage_hint).toContain(sub);
    }
  });

  it('has the "Check & log outreach" message shortcut', () => {
    const shortcut = manifest.features?.shortcuts?.find((s) => s.callback_id === 'check_and_log_outreach');
    expect(shortcut).toEqual(expect.objectContaining({ name: 'Check & log outreach', type: 'message' }));
  });

  it('has the Home tab and the messages tab', () => {
    expect(manifest.features?.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
  });

  it('subscribes to app_home_opened and turns interactivity on', () => {
    expect(manifest.settings?.event_subscriptions?.bot_events).toContain('app_home_opened');
    expect(manifest.settings?.interactivity?.is_enabled).toBe(true);
  });

  it('sends commands, interactions and events to the one endpoint the app serves', () => {
    const urls = [
      ...(manifest.features?.slash_commands ?? []).map((c) => c.url),
      manifest.settings?.event_subscriptions?.request_url,
      manifest.settings?.interactivity?.request_url,
    ];
    for (const url of urls) expect(url).toBe('https://purposeful.example.com/slack/events');
    expect(manifest.settings?.socket_mode_enabled).toBe(false);
  });

  it('asks for exactly the least-privilege bot scopes and no user scopes', () => {
    expect([...(manifest.oauth_config?.scopes?.bot ?? [])].sort()).toEqual(['chat:write', 'commands', 'files:write', 'im:history', 'im:write', 'users:read']);
    expect(manifest.oauth_config?.scopes?.user).toBeUndefined();
  });

  it('hears when it is removed from a workspace (uninstall purge), with no scope for it', () => {
    expect(manifest.settings?.event_subscriptions?.bot_events).toEqual(expect.arrayContaining(['app_uninstalled', 'tokens_revoked']));
  });

  it('says why each scope is needed', () => {
    const text = readFileSync(MANIFEST_PATH, 'utf8');
    for (const scope of manifest.oauth_config?.scopes?.bot ?? []) expect(text).toMatch(new RegExp(`#\\s+${scope.replace(':', ':')}\\s+\\S`));
  });

  it('is a single-workspace app without token rotation', () => {
    expect(manifest.settings?.org_deploy_enabled).toBe(false);
    expect(manifest.settings?.token_rotation_enabled).toBe(false);
  });
});
