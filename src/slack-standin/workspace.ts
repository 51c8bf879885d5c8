/** The placeholder workspace of the Slack reference fixtures, shared by stand-in and payloads. */
export const workspace = {
  teamId: 'T0001',
  teamDomain: 'example-support',
  teamName: 'Example Support',
  appId: 'A0WALLET',
  botId: 'B0WALLET',
  botUserId: 'U0WALLETBOT',
  verificationToken: 'verificationtoken0000000',
  supportChannel: 'C0SUPPORT',
} as const;
