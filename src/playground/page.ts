import type { PlaygroundUser } from './render/context.js';
import { escapeHtml, tag } from './render/html.js';

/** The one page of the playground; the script fills it from /api/screen. */
export function renderPage(users: PlaygroundUser[], reloadUsers: string[]): string {
  const options = users.map((user) => {
    const role = reloadUsers.includes(user.id) ? ' (may reload)' : '';
    return tag('option', { value: user.id }, escapeHtml(`${user.realName}${role}`));
  });

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Support Wallet playground</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground.css">
</head>
<body>
<header class="top">
  <strong>Support Wallet</strong> <span class="muted">playground · local mode, demo Odoo</span>
  <label class="switcher">Acting as ${tag('select', { id: 'user' }, options.join(''))}</label>
</header>
<div class="layout">
  <nav class="sidebar" aria-label="Navigation">
    <button type="button" id="home-tab" class="nav">Home</button>
    <div class="nav-title">Channels</div>
    <div id="channels"></div>
  </nav>
  <main>
    <section id="channel-pane">
      <h1 id="channel-title"></h1>
      <div id="messages" aria-live="polite"></div>
      <form id="composer" autocomplete="off">
        <input id="message-box" placeholder="Type /wallet and press Enter" aria-label="Message">
        <button type="submit">Send</button>
      </form>
      <p class="muted hint">Try <code>/wallet balance</code>, <code>/wallet log</code>,
        <code>/wallet ticket</code>, <code>/wallet reload</code> (as Lee Lead) or
        <code>/wallet help</code>. Use ⋯ on a message for its shortcuts.</p>
    </section>
    <section id="home-pane" hidden>
      <h1>Home</h1>
      <div id="home"></div>
    </section>
  </main>
</div>
<div id="banner" role="status" hidden></div>
<div id="modal-layer" hidden></div>
<script type="module" src="/playground.js"></script>
</body>
</html>
`;
}
