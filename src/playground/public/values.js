// The page's record of what a person typed and picked in Block Kit inputs, read from and
// written back to the rendered elements.

// What one element holds, in the form the server turns into Slack's state entries: text,
// a date or user id, an option, a list of options, or null when left empty.
export function inputOf(el) {
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

export function valuesOf(container) {
  const values = {};
  for (const el of container.querySelectorAll('[data-state]')) {
    values[`${el.dataset.blockId}.${el.dataset.actionId}`] = inputOf(el);
  }
  return values;
}

// Only what the user changed survives a re-render: a views.update may bring new initial
// values, and Slack shows those for fields the user has not touched.
export function snapshot(container) {
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
export function restore(container, kept) {
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

/** Marks an element as changed by the user, so a re-render keeps its value. */
export function markTouched(event) {
  const el = event.target.closest('[data-state]');
  if (el) el.dataset.touched = '1';
}
