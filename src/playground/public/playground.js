// The browser half of the playground: shows what /api/screen renders and turns clicks,
// picks and submits into calls the server signs and forwards to the app, as Slack would.

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

// What one element holds, in the form the server turns into Slack's state entries: text,
// a date or user id, an option, a list of options, or null when left empty.
function inputOf(el) {
  const type = el.dataset.type;
  const parse = (json) => (json ? JSON.parse(json) : null);
  if (type === 'static_select' || type === 'overflow') {
    return parse(el.selectedOptions[0]?.dataset.option);
  }
  if (type === 'multi_static_select') {
    return [...el.selectedOptions].map((option) => JSON.parse(option.dataset.option));
  }
  if (type === 'external_select') return parse(el.dataset.selected);
  if (type === 'button') return null;
  return el.value === '' ? null : el.value;
}

function valuesOf(container) {
  const values = {};
  for (const el of container.querySelectorAll('[data-state]')) {
    values[`${el.dataset.blockId}.${el.dataset.actionId}`] = inputOf(el);
  }
  return values;
}

// Only what the user changed survives a re-render: a views.update may bring new initial
// values, and Slack shows those for fields the user has not touched.
function snapshot(container) {
  const kept = {};
  for (const el of container.querySelectorAll('[data-state][data-touched]')) {
    const key = `${el.dataset.blockId}.${el.dataset.actionId}`;
    const typed = el.querySelector('input')?.value;
    const focused = el.contains(document.activeElement);
    kept[key] = { type: el.dataset.type, input: inputOf(el), typed, focused };
  }
  return kept;
}

// Puts typed values back after a re-render of the same view, as Slack keeps them.
function restore(container, kept) {
  for (const el of container.querySelectorAll('[data-state]')) {
    const entry = kept[`${el.dataset.blockId}.${el.dataset.actionId}`];
    if (!entry || entry.type !== el.dataset.type) continue;
    el.dataset.touched = '1';
    const { type, input, typed, focused } = entry;
    if (type === 'multi_static_select') {
      const chosen = new Set(input.map((option) => option.value));
      for (const option of el.options) option.selected = chosen.has(option.value);
    } else if (type === 'external_select') {
      if (input) el.dataset.selected = JSON.stringify(input);
      else delete el.dataset.selected;
      // Text typed but not yet picked stays, as in Slack's own select box.
      el.querySelector('input').value = input?.text?.text ?? typed ?? '';
    } else if (type === 'static_select') {
      el.value = input?.value ?? '';
    } else {
      el.value = input ?? '';
    }
    if (focused) (el.querySelector('input') ?? el).focus();
  }
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
  for (const list of document.querySelectorAll('.bk-suggestions:not([hidden])')) {
    if (!list.parentElement.contains(event.target)) list.hidden = true;
  }

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

  const suggestion = event.target.closest('.bk-suggestions button');
  if (suggestion) {
    const select = suggestion.closest('.bk-external');
    const option = JSON.parse(suggestion.dataset.option);
    select.dataset.selected = suggestion.dataset.option;
    select.dataset.touched = '1';
    select.querySelector('input').value = option.text.text;
    select.querySelector('.bk-suggestions').hidden = true;
    if (select.dataset.dispatch !== undefined) await sendAction(select);
    return;
  }

  if (event.target.closest('.modal-close')) {
    await post('/api/close', { viewId: event.target.closest('.modal').dataset.viewId });
  }
});

function markTouched(event) {
  const el = event.target.closest('[data-state]');
  if (el) el.dataset.touched = '1';
}
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

function renderSuggestions(list, answer) {
  const items = [];
  const add = (option) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.option = JSON.stringify({ text: option.text, value: option.value });
    button.textContent = option.description
      ? `${option.text.text} — ${option.description.text}`
      : option.text.text;
    li.append(button);
    items.push(li);
  };
  for (const group of answer.option_groups ?? []) {
    const label = document.createElement('li');
    label.className = 'group';
    label.textContent = group.label.text;
    items.push(label);
    group.options.forEach(add);
  }
  (answer.options ?? []).forEach(add);
  if (items.length === 0) {
    const none = document.createElement('li');
    none.className = 'group';
    none.textContent = 'No matches';
    items.push(none);
  }
  list.replaceChildren(...items);
  list.hidden = false;
}

const typing = new WeakMap();
document.addEventListener('input', (event) => {
  const select = event.target.closest('.bk-external');
  if (!select) return;
  delete select.dataset.selected;
  clearTimeout(typing.get(select));
  typing.set(
    select,
    setTimeout(() => suggest(select, event.target.value), 150),
  );
});

document.addEventListener('focusin', (event) => {
  const select = event.target.closest('.bk-external');
  if (select && Number(select.dataset.minQuery) === 0 && !select.dataset.selected) {
    suggest(select, event.target.value);
  }
});

async function suggest(select, typed) {
  const list = select.querySelector('.bk-suggestions');
  if (typed.length < Number(select.dataset.minQuery)) {
    list.hidden = true;
    return;
  }
  const view = select.closest('[data-view-id]');
  const answer = await post('/api/suggest', {
    viewId: view.dataset.viewId,
    actionId: select.dataset.actionId,
    value: typed,
    values: valuesOf(view),
  });
  if (answer.ok) renderSuggestions(list, answer.options);
}

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

listen();
showTab('channel');
