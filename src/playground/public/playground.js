// The browser half of the playground: shows what /api/screen renders and turns clicks,
// picks and submits into calls the server signs and forwards to the app, as Slack would.

import { enableSuggestions } from './suggestions.js';
import { inputOf, markTouched, restore, snapshot, valuesOf } from './values.js';

const ui = {
  user: document.getElementById('user'),
  channels: document.getElementById('channels'),
  channelTitle: document.getElementById('channel-title'),
  messages: document.getElementById('messages'),
  home: document.getElementById('home'),
  homeTab: document.getElementById('home-tab'),
  channelPane: document.getElementById('channel-pane'),
  homePane: document.getElementById('home-pane'),
  composer: document.getElementById('composer'),
  box: document.getElementById('message-box'),
  modalLayer: document.getElementById('modal-layer'),
  banner: document.getElementById('banner'),
};

const params = new URLSearchParams(location.search);
const state = {
  user: params.get('user') || ui.user.value,
  channel: params.get('channel') || '',
  tab: 'channel',
  stream: null,
  refreshing: null,
  again: false,
};
ui.user.value = state.user;

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: state.user, ...body }),
  });
  const answer = await response
    .json()
    .catch(() => ({ ok: false, error: `HTTP ${response.status}` }));
  if (!answer.ok) showBanner(answer.error || 'The request failed');
  return answer;
}

let bannerTimer = 0;
function showBanner(text) {
  ui.banner.textContent = text;
  ui.banner.hidden = false;
  clearTimeout(bannerTimer);
  bannerTimer = setTimeout(() => {
    ui.banner.hidden = true;
  }, 6000);
}

function surfaceOf(el) {
  const view = el.closest('[data-view-id]');
  if (view) return { kind: 'view', viewId: view.dataset.viewId, container: view };
  const message = el.closest('article.msg');
  return {
    kind: 'message',
    channel: message.dataset.channel,
    ts: message.dataset.ts,
    container: message,
  };
}

async function sendAction(el) {
  const surface = surfaceOf(el);
  const { container, ...where } = surface;
  await post('/api/action', {
    surface: where,
    actionId: el.dataset.actionId,
    blockId: el.dataset.blockId,
    value: inputOf(el),
    values: valuesOf(container),
  });
}

function renderChannels(channels) {
  ui.channels.replaceChildren(
    ...channels.map((channel) => {
      const button = document.createElement('button');
      button.type = 'button';
      const active = state.tab === 'channel' && channel.id === state.channel;
      button.className = active ? 'nav active' : 'nav';
      button.dataset.channel = channel.id;
      button.textContent = channel.name;
      return button;
    }),
  );
  ui.homeTab.classList.toggle('active', state.tab === 'home');
}

function renderModal(modal) {
  const current = ui.modalLayer.querySelector('.modal');
  if (!modal) {
    ui.modalLayer.hidden = true;
    ui.modalLayer.replaceChildren();
    return;
  }
  if (current && current.dataset.viewId === modal.id && current.dataset.hash === modal.hash) return;

  const kept = current && current.dataset.viewId === modal.id ? snapshot(current) : {};
  ui.modalLayer.innerHTML = modal.html;
  restore(ui.modalLayer, kept);
  ui.modalLayer.hidden = false;
}

async function refresh() {
  if (state.refreshing) {
    state.again = true;
    return state.refreshing;
  }
  state.refreshing = (async () => {
    do {
      state.again = false;
      const query = new URLSearchParams({ user: state.user, channel: state.channel });
      const screen = await (await fetch(`/api/screen?${query}`)).json();
      state.channel = screen.channel;
      ui.channelTitle.textContent = screen.channelName;
      renderChannels(screen.channels);
      const atBottom =
        ui.messages.scrollHeight - ui.messages.scrollTop - ui.messages.clientHeight < 40;
      ui.messages.innerHTML = screen.messages;
      if (atBottom) ui.messages.scrollTop = ui.messages.scrollHeight;
      const homeValues = snapshot(ui.home);
      ui.home.innerHTML = screen.home;
      restore(ui.home, homeValues);
      renderModal(screen.modal);
      document.body.dataset.version = String(screen.version);
    } while (state.again);
  })();
  try {
    await state.refreshing;
  } finally {
    state.refreshing = null;
  }
}

function listen() {
  state.stream?.close();
  state.stream = new EventSource(`/api/stream?user=${encodeURIComponent(state.user)}`);
  state.stream.addEventListener('change', () => refresh());
}

function showTab(tab) {
  state.tab = tab;
  ui.channelPane.hidden = tab !== 'channel';
  ui.homePane.hidden = tab !== 'home';
  if (tab === 'home') post('/api/home', {});
  refresh();
}

ui.user.addEventListener('change', () => {
  state.user = ui.user.value;
  listen();
  showTab(state.tab);
});

ui.homeTab.addEventListener('click', () => showTab('home'));

ui.channels.addEventListener('click', (event) => {
  const button = event.target.closest('[data-channel]');
  if (!button) return;
  state.channel = button.dataset.channel;
  showTab('channel');
});

ui.composer.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = ui.box.value.trim();
  if (!text) return;
  ui.box.value = '';
  await post('/api/message', { channel: state.channel, text });
});

document.addEventListener('click', async (event) => {
  const button = event.target.closest('.bk-button');
  if (button) {
    if (button.dataset.confirm && !window.confirm(button.dataset.confirm)) return;
    if (button.dataset.url) window.open(button.dataset.url, '_blank', 'noopener');
    await sendAction(button);
    return;
  }

  const shortcut = event.target.closest('.shortcut');
  if (shortcut) {
    const message = shortcut.closest('article.msg');
    shortcut.closest('details').open = false;
    await post('/api/shortcut', {
      callbackId: shortcut.dataset.callbackId,
      channel: message.dataset.channel,
      ts: message.dataset.ts,
    });
    return;
  }

  if (event.target.closest('.modal-close')) {
    await post('/api/close', { viewId: event.target.closest('.modal').dataset.viewId });
  }
});

document.addEventListener('input', markTouched, true);
document.addEventListener('change', markTouched, true);

document.addEventListener('change', async (event) => {
  const el = event.target.closest('select[data-dispatch], input[type=date][data-dispatch]');
  if (!el) return;
  await sendAction(el);
  if (el.dataset.type === 'overflow') el.value = '';
});

document.addEventListener('keydown', async (event) => {
  const el = event.target;
  if (event.key !== 'Enter' || el.tagName !== 'INPUT' || el.dataset.type !== 'plain_text_input')
    return;
  if (el.dataset.dispatch === undefined) return;
  event.preventDefault();
  await sendAction(el);
});

ui.modalLayer.addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target.closest('.modal');
  form.classList.add('busy');
  const answer = await post('/api/submit', { viewId: form.dataset.viewId, values: valuesOf(form) });
  form.classList.remove('busy');
  for (const error of form.querySelectorAll('.bk-error')) {
    const message = answer.errors?.[error.dataset.errorFor];
    error.textContent = message ?? '';
    error.hidden = !message;
    error.closest('.bk-input')?.classList.toggle('has-error', Boolean(message));
  }
});

enableSuggestions(post, sendAction);
listen();
showTab('channel');
