import { signSlackRequest } from '../slack-standin/signing.js';

/** Where the app listens for Slack's requests and the secret it checks them with. */
export interface AppEndpoint {
  /** The app's `/slack/events` URL. */
  url: string;
  signingSecret: string;
  clock: () => Date;
}

/** The app's HTTP answer to a request. */
export interface AppAnswer {
  status: number;
  body: string;
}

/** Signs a body as Slack does and posts it to the app; the answer is returned as text. */
export async function sendToApp(endpoint: AppEndpoint, body: string): Promise<AppAnswer> {
  const timestamp = Math.floor(endpoint.clock().getTime() / 1000);
  const headers = signSlackRequest(endpoint.signingSecret, body, timestamp);
  const response = await fetch(endpoint.url, { method: 'POST', headers: { ...headers }, body });
  return { status: response.status, body: await response.text() };
}
