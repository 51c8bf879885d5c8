import { describe, expect, it } from 'vitest';
import { mrkdwnToPlain } from '../src/slack/mrkdwn-plain.js';

const names: Record<string, string> = { U0AGENT: 'Alice Agent' };
const lookup = async (id: string) => names[id] ?? null;

describe('Slack mrkdwn to plain text', () => {
  it('unescapes, names users and spells out links', async () => {
    const text = 'R&amp;D &lt;urgent&gt; <@U0AGENT> <https://x?a=1&amp;b=2|the log>';

    const plain = await mrkdwnToPlain(text, lookup);

    expect(plain).toBe('R&D <urgent> @Alice Agent the log (https://x?a=1&b=2)');
  });

  it('keeps the id of an unknown user and names channels and bare links', async () => {
    const text = 'ask <@U0NOBODY> in <#C0SUPPORT|support> see <https://odoo.test/a?b=1&amp;c=2>';

    const plain = await mrkdwnToPlain(text, lookup);

    expect(plain).toBe('ask @U0NOBODY in #support see https://odoo.test/a?b=1&c=2');
  });

  it('reads special mentions and leaves an escaped entity as people typed it', async () => {
    const text = '<!here> <!subteam^S01|@support-team> wrote &amp;lt; literally';

    const plain = await mrkdwnToPlain(text, lookup);

    expect(plain).toBe('@here @support-team wrote &lt; literally');
  });

  it('asks for each user once', async () => {
    const asked: string[] = [];

    await mrkdwnToPlain('<@U0AGENT> and <@U0AGENT>', async (id) => {
      asked.push(id);
      return null;
    });

    expect(asked).toEqual(['U0AGENT']);
  });
});
