import { createHmac, randomBytes } from 'node:crypto';

/**
 * How Slack talks to the app: signed HTTP requests to `POST /slack/events`, in the formats Slack uses
 * for each kind (form fields for slash commands, a form field `payload` holding JSON for interactions,
 * a JSON body for events). The builders fill in what Slack sends and a test overrides what it cares
 * about. Ids default to those of the fake Web API (`slack-api.ts`), so `auth.test` and payloads agree.
 */

export const DEFAULT_TEAM_ID = 'T000';
export const DEFAULT_TEAM_DOMAIN = 'acme';
export const DEFAULT_APP_ID = 'A0PURPOSE';
export const DEFAULT_CHANNEL_ID = 'C0SALES';
export const BOT_USER_ID = 'UBOT';
export const BOT_ID = 'BBOT';

/**
 * Where respond() goes when a test gives no response_url: a closed local port, so a forgotten
 * response_url fails at once and visibly instead of reaching for hooks.slack.com. Pass
 * `fakeSlackApi.responseUrl(id)` to record what the app responds.
 */
export const UNSET_RESPONSE_URL = 'http://127.0.0.1:1/response-url-not-set';

export interface SlackSignatureHeaders {
  'x-slack-signature': string;
  'x-slack-request-timestamp': string;
}

/** Slack's v0 signature: hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` under the signing secret. */
export function signSlackRequest(
  rawBody: string,
  signingSecret: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): SlackSignatureHeaders {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(timestamp) };
}

let counter = 0;
const unique = () => `${Date.now()}${String(++counter).padStart(4, '0')}`;
/** Trigger ids look like `1234567890123.1234567890.abcdef…`; each request gets a new one. */
const newTriggerId = () => `${unique()}.${counter}.${randomBytes(16).toString('hex')}`;
const nowTs = () => (Date.now() / 1000).toFixed(6);

/** Slack's interaction requests: one form field, `payload`, holding the JSON. */
export function interactionBody(payload: object): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

// ---------------------------------------------------------------------------------------------------
// Slash commands

export interface SlashCommandInput {
  text: string;
  team_id?: string;
  user_id: string;
  user_name?: string;
  channel_id?: string;
  channel_name?: string;
  trigger_id?: string;
  response_url?: string;
  command?: string;
}

/** A slash command as Slack posts it: `application/x-www-form-urlencoded` fields. */
export function slashCommand(input: SlashCommandInput): string {
  const team_id = input.team_id ?? DEFAULT_TEAM_ID;
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id,
    team_domain: DEFAULT_TEAM_DOMAIN,
    channel_id: input.channel_id ?? DEFAULT_CHANNEL_ID,
    channel_name: input.channel_name ?? 'sales',
    user_id: input.user_id,
    user_name: input.user_name ?? input.user_id.toLowerCase(),
    command: input.command ?? '/outreach',
    text: input.text,
    api_app_id: DEFAULT_APP_ID,
    is_enterprise_install: 'false',
    response_url: input.response_url ?? UNSET_RESPONSE_URL,
    trigger_id: input.trigger_id ?? newTriggerId(),
  }).toString();
}

// ---------------------------------------------------------------------------------------------------
// Interactivity

type Json = Record<string, unknown>;

const userOf = (user_id: string, team_id: string) => ({
  id: user_id,
  username: user_id.toLowerCase(),
  name: user_id.toLowerCase(),
  team_id,
});

export interface ActionInput {
  action_id: string;
  value?: string;
  block_id?: string;
  /** `button` unless given; add `selected_option`, `selected_date`, … for other elements. */
  type?: string;
  [field: string]: unknown;
}

export interface BlockActionsInput {
  team_id?: string;
  user_id: string;
  actions: ActionInput[];
  trigger_id?: string;
  /** Defaults to UNSET_RESPONSE_URL for a message; a view (modal, Home tab) has none unless given. */
  response_url?: string;
  container?: Json;
  /** The message holding the button; defaults to a bot message in DEFAULT_CHANNEL_ID. */
  message?: Json & { ts?: string };
  channel_id?: string;
  /** The view holding the element (a modal or the Home tab). When given, the action comes from it. */
  view?: Json & { id?: string };
}

/** A click (or selection) in a message, modal or Home tab, as the form body Slack posts. */
export function blockActions(input: BlockActionsInput): string {
  const team_id = input.team_id ?? DEFAULT_TEAM_ID;
  const action_ts = nowTs();
  const actions = input.actions.map(({ action_id, value, block_id, type, ...rest }) => ({
    type: type ?? 'button',
    action_id,
    block_id: block_id ?? `${action_id}_block`,
    ...(value !== undefined && { value }),
    ...(type === undefined || type === 'button' ? { text: { type: 'plain_text', text: action_id, emoji: true } } : {}),
    action_ts,
    ...rest,
  }));
  const base = {
    type: 'block_actions',
    user: userOf(input.user_id, team_id),
    api_app_id: DEFAULT_APP_ID,
    token: 'deprecated-verification-token',
    trigger_id: input.trigger_id ?? newTriggerId(),
    team: { id: team_id, domain: DEFAULT_TEAM_DOMAIN },
    enterprise: null,
    is_enterprise_install: false,
    actions,
  };
  if (input.view !== undefined) {
    const view = viewOf(input.view, team_id, 'home');
    return interactionBody({
      ...base,
      container: input.container ?? { type: 'view', view_id: view.id },
      view,
      state: view.state,
      ...(input.response_url !== undefined && { response_url: input.response_url }),
    });
  }
  const channel_id = input.channel_id ?? DEFAULT_CHANNEL_ID;
  const message = {
    type: 'message',
    user: BOT_USER_ID,
    bot_id: BOT_ID,
    app_id: DEFAULT_APP_ID,
    team: team_id,
    text: '',
    blocks: [],
    ...input.message,
    ts: input.message?.ts ?? nowTs(),
  };
  return interactionBody({
    ...base,
    container: input.container ?? { type: 'message', message_ts: message.ts, channel_id, is_ephemeral: false },
    channel: { id: channel_id, name: channel_id.startsWith('D') ? 'directmessage' : 'sales' },
    message,
    state: { values: {} },
    response_url: input.response_url ?? UNSET_RESPONSE_URL,
  });
}

export interface ViewSubmissionInput {
  team_id?: string;
  user_id: string;
  callback_id: string;
  private_metadata?: string;
  /** `{ [block_id]: { [action_id]: { type, value | selected_option | … } } }`, as Slack sends it. */
  state_values: Record<string, Record<string, Json>>;
  view_id?: string;
  hash?: string;
  /** Extra view fields (title, blocks, previous_view_id, …). */
  view?: Json;
}

/** A modal's submit, as the form body Slack posts. */
export function viewSubmission(input: ViewSubmissionInput): string {
  const team_id = input.team_id ?? DEFAULT_TEAM_ID;
  const view = viewOf(
    {
      ...input.view,
      ...(input.view_id !== undefined && { id: input.view_id }),
      ...(input.hash !== undefined && { hash: input.hash }),
      callback_id: input.callback_id,
      private_metadata: input.private_metadata ?? '',
      state: { values: input.state_values },
    },
    team_id,
    'modal',
  );
  return interactionBody({
    type: 'view_submission',
    team: { id: team_id, domain: DEFAULT_TEAM_DOMAIN },
    user: userOf(input.user_id, team_id),
    api_app_id: DEFAULT_APP_ID,
    token: 'deprecated-verification-token',
    trigger_id: newTriggerId(),
    view,
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  });
}

export interface MessageActionInput {
  team_id?: string;
  user_id: string;
  callback_id: string;
  /** The message the shortcut was used on; `user` is its author. */
  message: { text: string; user: string; ts: string } & Json;
  channel_id?: string;
  trigger_id?: string;
  response_url?: string;
}

/** A message shortcut ("Check & log outreach"), as the form body Slack posts. */
export function messageAction(input: MessageActionInput): string {
  const team_id = input.team_id ?? DEFAULT_TEAM_ID;
  const channel_id = input.channel_id ?? DEFAULT_CHANNEL_ID;
  return interactionBody({
    type: 'message_action',
    token: 'deprecated-verification-token',
    action_ts: nowTs(),
    team: { id: team_id, domain: DEFAULT_TEAM_DOMAIN },
    user: userOf(input.user_id, team_id),
    channel: { id: channel_id, name: channel_id.startsWith('D') ? 'directmessage' : 'sales' },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: input.callback_id,
    trigger_id: input.trigger_id ?? newTriggerId(),
    response_url: input.response_url ?? UNSET_RESPONSE_URL,
    message_ts: input.message.ts,
    message: { type: 'message', team: team_id, ...input.message },
  });
}

function viewOf(given: Json & { id?: string }, team_id: string, type: 'modal' | 'home') {
  const id = given.id ?? `V${unique()}`;
  return {
    id,
    team_id,
    type,
    blocks: [],
    private_metadata: '',
    callback_id: '',
    state: { values: {} },
    hash: `${id}.hash`,
    title: { type: 'plain_text', text: 'Purposeful', emoji: true },
    clear_on_close: false,
    notify_on_close: false,
    close: null,
    submit: null,
    previous_view_id: null,
    root_view_id: id,
    app_id: DEFAULT_APP_ID,
    external_id: '',
    app_installed_team_id: team_id,
    bot_id: BOT_ID,
    ...given,
  };
}

// ---------------------------------------------------------------------------------------------------
// Events API

export interface EventCallbackInput {
  team_id?: string;
  /** The inner event, e.g. `{ type: 'app_home_opened', user, channel, tab: 'home' }`. */
  event: Json & { type: string };
  event_id?: string;
}

/** An Events API delivery, as the JSON body Slack posts. */
export function eventCallback(input: EventCallbackInput): string {
  const team_id = input.team_id ?? DEFAULT_TEAM_ID;
  const event_time = Math.floor(Date.now() / 1000);
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id,
    api_app_id: DEFAULT_APP_ID,
    event: { event_ts: nowTs(), ...input.event },
    type: 'event_callback',
    event_id: input.event_id ?? `Ev${unique()}`,
    event_time,
    authorizations: [
      { enterprise_id: null, team_id, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${randomBytes(8).toString('hex')}`,
  });
}

/** `app_home_opened` for the Home tab (the one event the app subscribes to). */
export function appHomeOpened(input: { team_id?: string; user_id: string; tab?: 'home' | 'messages' }): string {
  return eventCallback({
    team_id: input.team_id,
    event: { type: 'app_home_opened', user: input.user_id, channel: `D${input.user_id}`, tab: input.tab ?? 'home' },
  });
}

/** The handshake Slack sends when an admin saves the request URL. */
export function urlVerification(challenge: string): string {
  return JSON.stringify({ token: 'deprecated-verification-token', challenge, type: 'url_verification' });
}

// ---------------------------------------------------------------------------------------------------
// Sending

export interface PostToAppOptions {
  body: string;
  contentType: 'form' | 'json';
  signingSecret: string;
  /** Seconds since the epoch; defaults to now. An old one makes Bolt reject the request as stale. */
  timestamp?: number;
  /** Slack's redelivery headers, read by Bolt into `context.retryNum` / `context.retryReason`. */
  retryNum?: number;
  retryReason?: string;
  /** Sent instead of the computed signature, to test that a forged request is refused. */
  signature?: string;
}

export interface AppResponse {
  status: number;
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown;
}

/** Posts a signed request to `${baseUrl}/slack/events`, as Slack would. */
export async function postToApp(baseUrl: string, options: PostToAppOptions): Promise<AppResponse> {
  const signed = signSlackRequest(options.body, options.signingSecret, options.timestamp);
  const headers: Record<string, string> = {
    // Exactly these strings: Bolt's receiver compares the content type without parsing parameters.
    'content-type': options.contentType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
    ...signed,
  };
  if (options.signature !== undefined) headers['x-slack-signature'] = options.signature;
  if (options.retryNum !== undefined) headers['x-slack-retry-num'] = String(options.retryNum);
  if (options.retryReason !== undefined) headers['x-slack-retry-reason'] = options.retryReason;
  const response = await fetch(`${baseUrl.replace(/\/+$/, '')}/slack/events`, {
    method: 'POST',
    headers,
    body: options.body,
  });
  const text = await response.text();
  let json: unknown;
  if (text !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: response.status, text, ...(json !== undefined && { json }) };
}
