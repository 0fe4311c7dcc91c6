import { malformedBody } from '../../src/request-guard';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

describe('malformedBody: only shapes Slack sends reach Bolt', () => {
  it.each([
    ['', FORM, 'empty body'],
    ['', JSON_TYPE, 'empty body'],
    ['null', JSON_TYPE, 'body is not a JSON object'],
    ['[]', JSON_TYPE, 'body is not a JSON object'],
    ['123', JSON_TYPE, 'body is not a JSON object'],
    ['"text"', JSON_TYPE, 'body is not a JSON object'],
    ['{not json', JSON_TYPE, 'body is not a JSON object'],
    ['payload=null', FORM, 'payload is not a JSON object'],
    ['payload=%5B%5D', FORM, 'payload is not a JSON object'],
    ['payload=42', FORM, 'payload is not a JSON object'],
    ['payload=%7Bbroken', FORM, 'payload is not a JSON object'],
    ['payload=%7B%7D&payload=%7B%7D', FORM, 'payload given twice'],
    ['null', 'text/plain', 'body is not a JSON object'],
  ])('refuses %j (%s): %s', (body, type, reason) => {
    expect(malformedBody(Buffer.from(body), type)).toBe(reason);
  });

  it.each([
    ['{"type":"event_callback","event":{"type":"app_home_opened"}}', JSON_TYPE],
    ['{"type":"url_verification","challenge":"x"}', JSON_TYPE],
    ['command=%2Foutreach&text=list&team_id=T1', FORM],
    ['ssl_check=1&token=x', FORM],
    [`payload=${encodeURIComponent('{"type":"block_actions"}')}`, FORM],
  ])('lets %j through', (body, type) => {
    expect(malformedBody(Buffer.from(body), type)).toBeNull();
  });
});
