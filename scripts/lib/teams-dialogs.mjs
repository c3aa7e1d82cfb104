// Teams dialogs (task modules) for the Teams-behaviour layer: the Agents Playground has none (its invoke API
// refuses task/fetch; its UI only logs "Task module (task/fetch) is not supported yet"). What Teams does
// (PROTOCOL.md §6, docs/playground.md):
//
//   card Action.Submit with data.msteams.type "task/fetch" ──▶ invoke task/fetch as the clicking user,
//       value {data: <the action's data and the card's inputs>, context {theme}}
//   answer {task:{type:"continue", value:{title, card}}}  ──▶ a dialog with that Adaptive Card, on its own,
//       untouched by any later update of the card it was opened from
//   Action.Submit inside the dialog ──▶ invoke task/submit as the same user, value {data: <data + inputs>}
//   answer continue ──▶ the dialog shows the new card; message ──▶ the dialog closes and shows the text;
//   anything else (empty 200) ──▶ the dialog closes.
//
// The dialog is shown on the layer's own page (/_teams/dialogs/{id}) by a small renderer of the elements
// the bot's dialog cards use (TextBlock, Container, ColumnSet, FactSet, ActionSet, Input.Text/Number/Date/
// Time/Toggle/ChoiceSet, Action.Submit). There is no Adaptive Cards renderer in node_modules outside the
// Playground's UI bundle, which cannot be loaded on its own.

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

// True for the activity a client sends when a dialog button is clicked but it has no dialogs (the
// Playground sends every Action.Submit as a message with the action's data and the inputs as value).
export function isDialogOpener(activity) {
    return activity?.type === 'message'
        && activity.value && typeof activity.value === 'object'
        && activity.value.msteams?.type === 'task/fetch';
}

// Every dialog button of a card: [{index, title, data}] in document order.
export function dialogButtons(card) {
    return submitActions(card).filter((a) => a.data?.msteams?.type === 'task/fetch');
}

// Every Action.Submit of a card (body and actions, nested containers and show-cards).
export function submitActions(card) {
    const found = [];
    const walk = (node) => {
        if (Array.isArray(node)) {
            node.forEach(walk);
            return;
        }
        if (!node || typeof node !== 'object') return;
        if (node.type === 'Action.Submit') {
            found.push({ index: found.length, title: node.title ?? '', data: node.data ?? {}, action: node });
        }
        for (const key of ['body', 'items', 'columns', 'actions', 'card']) {
            if (node[key]) walk(node[key]);
        }
    };
    walk(card);
    return found;
}

// Every input of a card with its initial value (what Teams submits when the user changes nothing).
export function cardInputs(card) {
    const inputs = {};
    const walk = (node) => {
        if (Array.isArray(node)) {
            node.forEach(walk);
            return;
        }
        if (!node || typeof node !== 'object') return;
        if (typeof node.type === 'string' && node.type.startsWith('Input.') && node.id) {
            inputs[node.id] = node.type === 'Input.Toggle'
                ? (String(node.value) === String(node.valueOn ?? 'true') ? String(node.valueOn ?? 'true') : String(node.valueOff ?? 'false'))
                : String(node.value ?? '');
        }
        for (const key of ['body', 'items', 'columns']) {
            if (node[key]) walk(node[key]);
        }
    };
    walk(card);
    return inputs;
}

// The card of a task/fetch or task/submit answer: {kind: 'continue', title, card} | {kind: 'message', text} | {kind: 'close'}.
export function readTaskAnswer(status, body) {
    const task = body?.task;
    if (status >= 200 && status < 300 && task?.type === 'continue' && task.value?.card?.contentType === ADAPTIVE_CARD) {
        return { kind: 'continue', title: task.value.title ?? '', card: task.value.card.content, width: task.value.width, height: task.value.height };
    }
    if (status >= 200 && status < 300 && task?.type === 'message') {
        return { kind: 'message', text: String(task.value ?? '') };
    }
    if (status >= 200 && status < 300) {
        return { kind: 'close' };
    }
    return { kind: 'error', status, text: JSON.stringify(body ?? null).slice(0, 500) };
}

// ---- rendering -----------------------------------------------------------------------------------

export function renderDialogPage(dialog) {
    const head = `<!doctype html><meta charset="utf-8"><title>${escapeHtml(dialog.title || 'Dialoog')}</title>
<style>body{font-family:system-ui,sans-serif;max-width:720px;margin:2em auto;padding:0 1em}
.dialog{border:1px solid #888;border-radius:8px;padding:1em 1.5em;box-shadow:0 4px 16px #0003}
label{display:block;font-weight:600;margin:.8em 0 .2em}input[type=text],textarea,select,input[type=number],input[type=date],input[type=time]{width:100%;box-sizing:border-box;padding:.3em}
.attention{color:#a4262c;font-weight:700}.subtle{color:#666}.small{font-size:.85em}.columns{display:flex;gap:1em}.columns>div{flex:1}
.actions{margin-top:1em;display:flex;gap:.5em}.positive{background:#237b4b;color:#fff}.closed{padding:1em;background:#eef}</style>`;
    const header = `<p class="subtle small">Teams-dialoog (geëmuleerd door de Teams-laag) · ${escapeHtml(dialog.userName ?? dialog.user)}</p>`;
    if (dialog.status !== 'open') {
        const text = dialog.result?.text ?? '';
        return `${head}${header}<div class="dialog closed" id="dialog-closed"><h2>${escapeHtml(dialog.title)}</h2>`
            + `<p id="dialog-result">${escapeHtml(text || 'De dialoog is gesloten.')}</p></div><p><a href="/_teams">Terug</a></p>`;
    }
    const context = { actionIndex: 0 };
    const body = renderElements(dialog.card.body ?? [], context);
    const actions = renderActions(dialog.card.actions ?? [], context);
    return `${head}${header}<div class="dialog" id="dialog"><h2 id="dialog-title">${escapeHtml(dialog.title)}</h2>`
        + `<form method="post" action="/_teams/dialogs/${encodeURIComponent(dialog.id)}">${body}${actions}</form></div>`;
}

function renderElements(elements, context) {
    return (elements ?? []).map((e) => renderElement(e, context)).join('');
}

function renderElement(e, context) {
    if (!e || typeof e !== 'object' || e.isVisible === false) return '';
    const label = e.label ? `<label for="in-${escapeAttr(e.id)}">${escapeHtml(e.label)}${e.isRequired ? ' *' : ''}</label>` : '';
    const required = e.isRequired ? ' required' : '';
    switch (e.type) {
        case 'TextBlock': {
            const classes = [e.color === 'Attention' ? 'attention' : '', e.isSubtle ? 'subtle' : '', e.size === 'Small' ? 'small' : ''].filter(Boolean).join(' ');
            const tag = e.style === 'heading' || e.size === 'Large' || e.size === 'ExtraLarge' ? 'h3' : 'p';
            return `<${tag} class="${classes}">${markdown(e.text)}</${tag}>`;
        }
        case 'RichTextBlock':
            return `<p>${(e.inlines ?? []).map((i) => escapeHtml(typeof i === 'string' ? i : i.text)).join('')}</p>`;
        case 'Container':
            return `<div class="${e.style === 'attention' ? 'attention' : ''}">${renderElements(e.items, context)}</div>`;
        case 'ColumnSet':
            return `<div class="columns">${(e.columns ?? []).map((c) => `<div>${renderElements(c.items, context)}</div>`).join('')}</div>`;
        case 'FactSet':
            return `<dl>${(e.facts ?? []).map((f) => `<dt>${escapeHtml(f.title)}</dt><dd>${markdown(f.value)}</dd>`).join('')}</dl>`;
        case 'ActionSet':
            return renderActions(e.actions, context);
        case 'Input.Text':
            return e.isMultiline
                ? `${label}<textarea id="in-${escapeAttr(e.id)}" name="${escapeAttr(e.id)}" rows="4"${maxLength(e)}${required} placeholder="${escapeAttr(e.placeholder)}">${escapeHtml(e.value ?? '')}</textarea>`
                : `${label}<input type="text" id="in-${escapeAttr(e.id)}" name="${escapeAttr(e.id)}" value="${escapeAttr(e.value)}"${maxLength(e)}${required} placeholder="${escapeAttr(e.placeholder)}">`;
        case 'Input.Number':
            return `${label}<input type="number" id="in-${escapeAttr(e.id)}" name="${escapeAttr(e.id)}" value="${escapeAttr(e.value)}"${required}>`;
        case 'Input.Date':
            return `${label}<input type="date" id="in-${escapeAttr(e.id)}" name="${escapeAttr(e.id)}" value="${escapeAttr(e.value)}"${required}>`;
        case 'Input.Time':
            return `${label}<input type="time" id="in-${escapeAttr(e.id)}" name="${escapeAttr(e.id)}" value="${escapeAttr(e.value)}"${required}>`;
        case 'Input.Toggle': {
            const on = String(e.value) === String(e.valueOn ?? 'true');
            // Unticked, a checkbox posts nothing: the hidden _toggle field names the valueOff to send instead.
            return `${label}<input type="hidden" name="_toggle" value="${escapeAttr(`${e.id}|${e.valueOff ?? 'false'}`)}">`
                + `<label><input type="checkbox" id="in-${escapeAttr(e.id)}" name="${escapeAttr(e.id)}" value="${escapeAttr(e.valueOn ?? 'true')}"${on ? ' checked' : ''}> ${escapeHtml(e.title)}</label>`;
        }
        case 'Input.ChoiceSet': {
            const selected = new Set(String(e.value ?? '').split(',').filter(Boolean));
            if (e.isMultiSelect || e.style === 'expanded') {
                const type = e.isMultiSelect ? 'checkbox' : 'radio';
                return `${label}<div id="in-${escapeAttr(e.id)}">${(e.choices ?? []).map((c) => `<label><input type="${type}" name="${escapeAttr(e.id)}" value="${escapeAttr(c.value)}"${selected.has(String(c.value)) ? ' checked' : ''}> ${escapeHtml(c.title)}</label>`).join('')}</div>`;
            }
            const options = [`<option value="">${escapeHtml(e.placeholder ?? '')}</option>`,
                ...(e.choices ?? []).map((c) => `<option value="${escapeAttr(c.value)}"${selected.has(String(c.value)) ? ' selected' : ''}>${escapeHtml(c.title)}</option>`)];
            return `${label}<select id="in-${escapeAttr(e.id)}" name="${escapeAttr(e.id)}"${required}>${options.join('')}</select>`;
        }
        default:
            return '';
    }
}

function renderActions(actions, context) {
    const buttons = (actions ?? []).map((a) => {
        if (a?.type !== 'Action.Submit') return '';
        const index = context.actionIndex++;
        const disabled = a.isEnabled === false ? ' disabled' : '';
        return `<button type="submit" name="_action" value="${index}" class="${a.style === 'positive' ? 'positive' : ''}"${disabled}>${escapeHtml(a.title)}</button>`;
    }).join('');
    return buttons ? `<div class="actions">${buttons}</div>` : '';
}

// Form fields of a posted dialog page → the inputs Teams would submit (multi-selects joined with ",",
// an unticked toggle as its valueOff).
export function inputsFromForm(params) {
    const inputs = {};
    for (const key of new Set(params.keys())) {
        if (key === '_action' || key === '_toggle') continue;
        inputs[key] = params.getAll(key).join(',');
    }
    for (const toggle of params.getAll('_toggle')) {
        const [id, off] = toggle.split('|');
        if (!(id in inputs)) inputs[id] = off ?? 'false';
    }
    return inputs;
}

function maxLength(e) {
    return Number.isInteger(e.maxLength) && e.maxLength > 0 ? ` maxlength="${e.maxLength}"` : '';
}

function markdown(text) {
    return escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<b>$1</b>').replace(/\n/g, '<br>');
}

export function escapeHtml(text) {
    return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function escapeAttr(text) {
    return escapeHtml(text ?? '');
}
