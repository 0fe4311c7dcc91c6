/**
 * manifest.yml against what the app relies on, written down as a zod schema: the slash command, the
 * message shortcut's callback id, interactivity, the events it handles, the Home tab, and least-privilege
 * scopes. Slack's own full JSON schema is checked outside npm test, by `npm run check:manifest -- <dir>`
 * (a clone has no copy of that schema; .ci/run has).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { COMMAND, SHORTCUT_IDS } from '../../src/slack-ids';

const MANIFEST_PATH = path.resolve(__dirname, '../../manifest.yml');
const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Bot scopes, each used (see the comments in manifest.yml); nothing reads channels or channel lists.
 * im:history reads only the app's own DMs with reps, for a reminder's metadata after a worker died.
 */
const BOT_SCOPES = ['chat:write', 'commands', 'files:write', 'im:history', 'im:write', 'users:read'];
const SUBCOMMANDS = [
  'draft',
  'log',
  'list',
  'stats',
  'replied',
  'away',
  'digest',
  'settings',
  'export',
  'forget',
  'ask-intent',
  'help',
];
/** The App Home, and hearing that the app was removed from a workspace (the uninstall purge). */
const BOT_EVENTS = ['app_home_opened', 'app_uninstalled', 'tokens_revoked'];

const requestUrl = z
  .url({ protocol: /^https$/ })
  .refine(
    (u) => new URL(u).pathname === SLACK_EVENTS_PATH,
    `must be the one endpoint the app serves, ${SLACK_EVENTS_PATH}`,
  );

const outreachCommand = z.object({
  command: z.literal(COMMAND),
  url: requestUrl.optional(),
  // The command grammar reads mentions as <@U…|name>: a user by id, not a display name.
  should_escape: z.literal(true),
  usage_hint: z
    .string()
    .refine((hint) => SUBCOMMANDS.every((s) => hint.includes(s)), `must name ${SUBCOMMANDS.join(', ')}`),
});

const appManifest = z
  .object({
    _metadata: z.object({ major_version: z.literal(1) }),
    display_information: z.object({ name: z.literal('Purposeful') }),
    features: z.object({
      app_home: z.object({ home_tab_enabled: z.literal(true), messages_tab_enabled: z.literal(true) }),
      bot_user: z.object({ display_name: z.string().min(1) }),
      slash_commands: z.tuple([outreachCommand]),
      shortcuts: z.tuple([
        z.object({
          name: z.literal('Check & log outreach'),
          type: z.literal('message'),
          callback_id: z.literal(SHORTCUT_IDS.checkAndLog),
        }),
      ]),
    }),
    oauth_config: z.object({
      scopes: z.object({
        bot: z
          .array(z.string())
          .refine((s) => [...s].sort().join() === BOT_SCOPES.join(), `must be exactly ${BOT_SCOPES.join(', ')}`),
        user: z.never({ error: 'the app needs no user scopes' }).optional(),
      }),
    }),
    settings: z.object({
      event_subscriptions: z.object({
        request_url: requestUrl.optional(),
        bot_events: z
          .array(z.string())
          .refine(
            (e) => [...e].sort().join() === [...BOT_EVENTS].sort().join(),
            `must be exactly ${BOT_EVENTS.join(', ')}`,
          ),
      }),
      interactivity: z.object({ is_enabled: z.literal(true), request_url: requestUrl.optional() }),
      org_deploy_enabled: z.literal(false),
      socket_mode_enabled: z.boolean(),
      token_rotation_enabled: z.literal(false),
    }),
  })
  .superRefine((m, ctx) => {
    // HTTP mode needs every request URL; Socket Mode needs none (Slack then ignores them).
    const urls = [
      m.features.slash_commands[0].url,
      m.settings.event_subscriptions.request_url,
      m.settings.interactivity.request_url,
    ];
    if (!m.settings.socket_mode_enabled && urls.some((u) => u === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'HTTP mode (socket_mode_enabled: false) needs all three request URLs' });
    }
    if (new Set(urls.filter(Boolean)).size > 1) {
      ctx.addIssue({ code: 'custom', message: 'commands, events and interactivity must go to the same URL' });
    }
  });

const manifest: unknown = parse(readFileSync(MANIFEST_PATH, 'utf8'));

function problems(value: unknown): string[] {
  const result = appManifest.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function edited(edit: (m: Record<string, any>) => void): unknown {
  const copy = structuredClone(manifest) as Record<string, any>;
  edit(copy);
  return copy;
}

describe('manifest.yml', () => {
  it('has everything the app relies on', () => {
    expect(problems(manifest)).toEqual([]);
  });

  it.each<[string, (m: Record<string, any>) => void, RegExp]>([
    [
      'a renamed shortcut callback id',
      (m) => (m.features.shortcuts[0].callback_id = 'check_outreach'),
      /shortcuts\.0\.callback_id/,
    ],
    ['unescaped mentions', (m) => (m.features.slash_commands[0].should_escape = false), /should_escape/],
    ['interactivity off', (m) => (m.settings.interactivity.is_enabled = false), /interactivity\.is_enabled/],
    ['no App Home tab', (m) => (m.features.app_home.home_tab_enabled = false), /app_home\.home_tab_enabled/],
    ['no app_home_opened event', (m) => m.settings.event_subscriptions.bot_events.shift(), /bot_events/],
    ['an extra event', (m) => m.settings.event_subscriptions.bot_events.push('message.im'), /bot_events/],
    ['an extra scope', (m) => m.oauth_config.scopes.bot.push('channels:history'), /scopes\.bot: must be exactly/],
    ['a user scope', (m) => (m.oauth_config.scopes.user = ['chat:write']), /scopes\.user/],
    [
      'a plain-HTTP request URL',
      (m) => (m.settings.interactivity.request_url = 'http://example.com/slack/events'),
      /interactivity\.request_url/,
    ],
    [
      'a request URL on another path',
      (m) => (m.settings.event_subscriptions.request_url = 'https://purposeful.example.com/events'),
      /same URL|request_url/,
    ],
    [
      'HTTP mode without a request URL',
      (m) => delete m.settings.interactivity.request_url,
      /needs all three request URLs/,
    ],
    [
      'a usage hint missing a subcommand',
      (m) => (m.features.slash_commands[0].usage_hint = 'draft | log'),
      /usage_hint/,
    ],
  ])('catches %s', (_name, edit, expected) => {
    const found = problems(edited(edit));
    expect(found.join('\n')).toMatch(expected);
  });

  it('says why each scope is needed', () => {
    const text = readFileSync(MANIFEST_PATH, 'utf8');
    for (const scope of BOT_SCOPES) expect(text).toMatch(new RegExp(`#\\s+${scope}\\s+\\S`));
  });

  it('accepts Socket Mode without request URLs', () => {
    const socket = edited((m) => {
      m.settings.socket_mode_enabled = true;
      delete m.features.slash_commands[0].url;
      delete m.settings.event_subscriptions.request_url;
      delete m.settings.interactivity.request_url;
    });
    expect(problems(socket)).toEqual([]);
  });
});
