import { WebClient } from '@slack/web-api';
import { shareAcrossTests } from '../support/shared';
import { startFakeSlackApi } from '../support/slack-api';

describe("the Slack stand-in records files.uploadV2's three steps", () => {
  const slack = shareAcrossTests(startFakeSlackApi, (made) => made.close());

  it("answers the real WebClient's filesUploadV2: upload URL, the bytes, completion into the channel", async () => {
    const client = new WebClient('xoxb-test', { slackApiUrl: `${slack.url}/api/` });
    const result = await client.filesUploadV2({
      channel_id: 'DU123',
      filename: 'a.csv',
      title: 'A file',
      file: Buffer.from('a,b\n1,2\n'),
      initial_comment: 'here',
    });
    expect(result.ok).toBe(true);
    const [asked] = slack.callsTo('files.getUploadURLExternal');
    expect(asked!.args).toMatchObject({ filename: 'a.csv', length: '8' });
    const [upload] = slack.callsTo('file_upload');
    expect(upload!.args.size).toBe(8);
    expect(upload!.args.text).toBe('a,b\n1,2\n');
    const [complete] = slack.callsTo('files.completeUploadExternal');
    expect(complete!.args.channel_id).toBe('DU123');
    expect(complete!.args.files).toEqual([{ id: upload!.args.file_id, title: 'A file' }]);
    expect(complete!.args.initial_comment).toBe('here');
  });
});
