// One reusable modal <dialog>. The dialog keeps the user's input when the server refuses (the error is
// shown inside it, in an alert), and on close gives focus back to the control that opened it — looked up
// by its data-focus-key, because a live update may have replaced that element meanwhile.
import { h } from './dom.js';
import { t } from './strings.js';

export function createDialogHost() {
    const title = h('h2', { id: 'dialog-title', class: 'dialog-title' });
    const body = h('div', { class: 'dialog-body' });
    const error = h('p', { class: 'dialog-error', role: 'alert' });
    const cancel = h('button', { type: 'button', class: 'btn' }, t('dialog.cancel'));
    const submit = h('button', { type: 'submit', class: 'btn btn-primary' });
    const form = h('form', { class: 'dialog-form', novalidate: true }, title, body, error, h('div', { class: 'dialog-buttons' }, cancel, submit));
    const dialog = h('dialog', { id: 'dialog', 'aria-labelledby': 'dialog-title' }, form);
    document.body.append(dialog);

    let current = null;

    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
        const closing = current;
        current = null;
        body.replaceChildren();
        if (closing) {
            const target = closing.returnFocusKey
                ? document.querySelector(`[data-focus-key="${CSS.escape(closing.returnFocusKey)}"]`)
                : null;
            (target && target.isConnected && !target.closest('[hidden]') ? target : closing.fallbackFocus?.())?.focus();
        }
    });
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        // A busy flag rather than disabling the button: a disabled button drops keyboard focus.
        if (!current || submit.disabled || form.dataset.busy) {
            return;
        }
        form.dataset.busy = 'true';
        submit.setAttribute('aria-disabled', 'true');
        error.textContent = '';
        try {
            const message = await current.onSubmit(form);
            const done = current;
            if (!done.keepOpen) {
                dialog.close();
            }
            done?.onDone?.(message);
        } catch (err) {
            error.textContent = err.message || t('error.generic');
        } finally {
            delete form.dataset.busy;
            submit.removeAttribute('aria-disabled');
        }
    });

    return {
        get isOpen() {
            return dialog.open;
        },
        element: dialog,
        showError(message) {
            error.textContent = message;
        },
        setContent(content) {
            body.replaceChildren(...content);
        },
        open({ heading, content, submitLabel, danger = false, onSubmit, onDone, returnFocusKey, fallbackFocus, submitDisabled = false, keepOpen = false }) {
            if (dialog.open) {
                dialog.close();
            }
            current = { onSubmit, onDone, returnFocusKey, fallbackFocus, keepOpen };
            title.textContent = heading;
            body.replaceChildren(...content);
            error.textContent = '';
            submit.textContent = submitLabel;
            submit.hidden = !onSubmit;
            submit.disabled = submitDisabled;
            submit.classList.toggle('btn-danger', danger);
            submit.classList.toggle('btn-primary', !danger);
            cancel.textContent = onSubmit ? t('dialog.cancel') : t('dialog.close');
            dialog.showModal();
            const first = body.querySelector('textarea, input:not([type=hidden]), select');
            (first ?? (submit.hidden || submit.disabled ? cancel : submit)).focus();
            if (first && first.tagName === 'TEXTAREA') {
                first.setSelectionRange(first.value.length, first.value.length);
            }
        },
        close() {
            dialog.close();
        },
    };
}
