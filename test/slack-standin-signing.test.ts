import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  eventBody,
  interactionBody,
  signSlackRequest,
  slackSignature,
  slashCommandBody,
} from '../src/slack-standin/index.js';

const fixtures = new URL('./fixtures/slack-reference/', import.meta.url);
const readFixture = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');
const secret = '00112233445566778899aabbccddeeff';
const slashForm = readFixture('slash-command.form.txt');

describe('slackSignature', () => {
  it('signs the slash command fixture as the worked example says', () => {
    const signature = slackSignature(secret, slashForm, 1767225600);

    expect(signature).toBe('v0=bc2e42aab2b201bd81983f057c1bb5efbd04e8f8c49a87c81f6bac9518017868');
  });

  it('puts the timestamp in the signed string', () => {
    const signature = slackSignature(secret, slashForm, 1767225601);

    expect(signature).toBe('v0=99815d09bc856779b301cac50de4fafeaa713dfd71d166da2be8e3c92f2bc20c');
  });

  it('signs the compact app_home_opened envelope as the worked example says', () => {
    const body = eventBody(JSON.parse(readFixture('app-home-opened.json')));

    const signature = slackSignature(secret, body, 1767225603);

    expect(Buffer.byteLength(body)).toBe(999);
    expect(signature).toBe('v0=085eafd632ad22b47b49975750a41c7f3ca1c27bdd8737c6fdbe30025a464781');
  });

  it('signs the block_actions interaction body as the worked example says', () => {
    const body = interactionBody(JSON.parse(readFixture('block-actions.json')));

    const signature = slackSignature(secret, body, 1767225601);

    expect(Buffer.byteLength(body)).toBe(2877);
    expect(signature).toBe('v0=d375a50260ce9517dbf0ae03c8fd50f5b2700aa7899d1424fd7f5e2f7e2cf9b9');
  });

  it("reproduces Slack's published verification vector", () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&' +
      'channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&' +
      'command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2F' +
      'commands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&' +
      'trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';

    const signature = slackSignature('8f742231b10e8888abcd99yyyzzz85a5', body, 1531420618);

    expect(signature).toBe('v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
  });
});

describe('signSlackRequest', () => {
  it('sends forms with the bare content type Bolt compares against', () => {
    const headers = signSlackRequest(secret, slashForm, 1767225600);

    expect(headers).toEqual({
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-Slack-Request-Timestamp': '1767225600',
      'X-Slack-Signature': 'v0=bc2e42aab2b201bd81983f057c1bb5efbd04e8f8c49a87c81f6bac9518017868',
    });
  });

  it('sends event envelopes as JSON with the retry headers of a redelivery', () => {
    const headers = signSlackRequest(secret, '{"type":"event_callback"}', 1767225600, {
      retryNum: 1,
      retryReason: 'http_timeout',
    });

    expect(headers['Content-Type']).toBe('application/json');
    expect(headers['X-Slack-Retry-Num']).toBe('1');
    expect(headers['X-Slack-Retry-Reason']).toBe('http_timeout');
  });
});

describe('slashCommandBody', () => {
  it('builds the slash command fixture byte for byte', () => {
    const body = slashCommandBody({
      command: '/wallet',
      text: 'balance acme',
      userId: 'U0AGENT',
      channelId: 'C0SUPPORT',
      responseUrl: 'https://hooks.example.com/commands/T0001/1000000001/resp0000000000000000000001',
      triggerId: '1000000001.1000000001.0123456789abcdef0123456789abcdef',
    });

    expect(body).toBe(slashForm);
  });

  it('puts the enterprise right after team_domain for an org-wide install', () => {
    const body = slashCommandBody({
      command: '/wallet',
      responseUrl: 'http://127.0.0.1/response/1',
      triggerId: '1.2.3',
      enterprise: { id: 'E0001', name: 'Example Org' },
    });

    expect(body).toContain('team_domain=example-support&enterprise_id=E0001&enterprise_name=');
    expect(body).toContain('is_enterprise_install=true');
  });
});
