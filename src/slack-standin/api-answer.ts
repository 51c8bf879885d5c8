import { type BlockError, formatBlockError } from './validate/report.js';

/** The JSON body of a Web API answer; Slack always sends HTTP 200 with `ok`. */
export type ApiAnswer = { ok: boolean } & Record<string, unknown>;

/** `{ok: true, ...fields}`. */
export function okAnswer(fields: Record<string, unknown> = {}): ApiAnswer {
  return { ok: true, ...fields };
}

/** `{ok: false, error}`, with `[ERROR]` lines in response_metadata when there are any. */
export function errorAnswer(error: string, messages: string[] = [], extra = {}): ApiAnswer {
  const answer: ApiAnswer = { ok: false, error, ...extra };
  if (messages.length > 0) answer.response_metadata = { messages };
  return answer;
}

/** What Slack answers when a required argument is absent. */
export function missingArgument(name: string): ApiAnswer {
  return errorAnswer('invalid_arguments', [`[ERROR] missing required field: ${name}`]);
}

/** chat.* refusing blocks: `errors` plus the same lines as `[ERROR]` messages. */
export function invalidBlocks(errors: readonly BlockError[]): ApiAnswer {
  const lines = errors.map(formatBlockError);
  return errorAnswer(
    'invalid_blocks',
    lines.map((line) => `[ERROR] ${line}`),
    { errors: lines },
  );
}

/** views.* refusing a view: the schema line first, then each reason. */
export function invalidView(errors: readonly BlockError[]): ApiAnswer {
  const lines = errors.map((error) => `[ERROR] ${formatBlockError(error)}`);
  return errorAnswer('invalid_arguments', [
    '[ERROR] failed to match all allowed schemas [json-pointer:/view]',
    ...lines,
  ]);
}
