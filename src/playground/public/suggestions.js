// Type-ahead for external_select: asks the app through the server and lists its options.

import { valuesOf } from './values.js';

function optionItem(option) {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.option = JSON.stringify({ text: option.text, value: option.value });
  button.textContent = option.description
    ? `${option.text.text} — ${option.description.text}`
    : option.text.text;
  li.append(button);
  return li;
}

function labelItem(text) {
  const li = document.createElement('li');
  li.className = 'group';
  li.textContent = text;
  return li;
}

function renderSuggestions(list, answer) {
  const items = [];
  for (const group of answer.option_groups ?? []) {
    items.push(labelItem(group.label.text), ...group.options.map(optionItem));
  }
  items.push(...(answer.options ?? []).map(optionItem));
  if (items.length === 0) items.push(labelItem('No matches'));

  list.replaceChildren(...items);
  list.hidden = false;
}

/**
 * Wires type-ahead into the page. `post` sends a request and shows failures; `picked` runs
 * after an option was chosen (the select sends block_actions when it dispatches).
 */
export function enableSuggestions(post, picked) {
  const typing = new WeakMap();

  const suggest = async (select, typed) => {
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
  };

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

  // Slack lists options on focus when the element asks for no typed characters first.
  document.addEventListener('focusin', (event) => {
    const select = event.target.closest('.bk-external');
    if (select && Number(select.dataset.minQuery) === 0 && !select.dataset.selected) {
      suggest(select, event.target.value);
    }
  });

  document.addEventListener('click', async (event) => {
    for (const list of document.querySelectorAll('.bk-suggestions:not([hidden])')) {
      if (!list.parentElement.contains(event.target)) list.hidden = true;
    }

    const suggestion = event.target.closest('.bk-suggestions button');
    if (!suggestion) return;
    const select = suggestion.closest('.bk-external');
    const option = JSON.parse(suggestion.dataset.option);
    select.dataset.selected = suggestion.dataset.option;
    select.dataset.touched = '1';
    select.querySelector('input').value = option.text.text;
    select.querySelector('.bk-suggestions').hidden = true;
    if (select.dataset.dispatch !== undefined) await picked(select);
  });
}
