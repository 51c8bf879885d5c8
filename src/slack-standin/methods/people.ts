import { errorAnswer, missingArgument, okAnswer } from '../api-answer.js';
import { stringArg } from '../api-args.js';
import type { MethodHandler } from '../state.js';
import { userObject } from '../users.js';
import { workspace } from '../workspace.js';

const authTest: MethodHandler = (_args, state) =>
  okAnswer({
    url: state.baseUrl,
    team: workspace.teamName,
    user: 'wallet',
    team_id: workspace.teamId,
    user_id: workspace.botUserId,
    bot_id: workspace.botId,
    is_enterprise_install: false,
  });

const usersInfo: MethodHandler = (args, state) => {
  const userId = stringArg(args, 'user');
  if (!userId) return missingArgument('user');

  const user = state.users.get(userId);
  if (!user) return errorAnswer('user_not_found');
  return okAnswer({ user: userObject(user, state.clock()) });
};

const lookupByEmail: MethodHandler = (args, state) => {
  const email = stringArg(args, 'email')?.toLowerCase();
  if (!email) return missingArgument('email');

  const user = [...state.users.values()].find((each) => each.email?.toLowerCase() === email);
  if (!user) return errorAnswer('users_not_found');
  return okAnswer({ user: userObject(user, state.clock()) });
};

/** auth.test and users.* methods. */
export const peopleMethods: Record<string, MethodHandler> = {
  'auth.test': authTest,
  'users.info': usersInfo,
  'users.lookupByEmail': lookupByEmail,
};
