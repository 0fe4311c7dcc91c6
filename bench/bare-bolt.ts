/**
 * The latency bench's baseline: a bare Bolt app on the same receiver, with the same token and signing
 * secret, whose `/outreach` handler only acks. Prints `"port":N … "msg":"bot listening"` like the app,
 * and stops on SIGTERM or when its parent goes away.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

async function main(): Promise<void> {
  const receiver = new HTTPReceiver({
    signingSecret: process.env.SLACK_SIGNING_SECRET!,
    endpoints: '/slack/events',
    processBeforeResponse: false,
    logLevel: LogLevel.ERROR,
  });
  const app = new App({
    token: 'xoxb-bare-bolt',
    receiver,
    logLevel: LogLevel.ERROR,
    convoStore: false,
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  });
  app.command('/outreach', async ({ ack }) => {
    await ack();
  });
  const server = (await receiver.start(0)) as Server;
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port, msg: 'bot listening' })}\n`);
  const stop = () => void app.stop().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
}

void main();
