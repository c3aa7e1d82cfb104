// Tiny DOM builder. Styles are only ever set through the CSSOM (style.setProperty), never as a style
// attribute, so the host can send a Content-Security-Policy without 'unsafe-inline'.
export function h(tag, props = {}, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name === 'text') {
            el.textContent = value;
        } else if (name === 'vars') {
            for (const [prop, v] of Object.entries(value)) {
                el.style.setProperty(prop, v);
            }
        } else if (name === 'hidden' || name === 'disabled' || name === 'checked' || name === 'open') {
            el[name] = Boolean(value);
        } else if (name === 'value') {
            el.value = value;
        } else {
            el.setAttribute(name, value === true ? '' : String(value));
        }
    }
    append(el, children);
    return el;
}

function append(el, children) {
    for (const child of children) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        if (Array.isArray(child)) {
            append(el, child);
        } else {
            el.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
}

// Replaces el's children with the given ones, reusing nodes that are already in place so that focus and
// the screen reader's position survive a live update.
export function setChildren(el, children) {
    const wanted = children.filter(Boolean);
    let i = 0;
    for (; i < wanted.length; i++) {
        const current = el.childNodes[i];
        if (current !== wanted[i]) {
            el.insertBefore(wanted[i], current ?? null);
        }
    }
    while (el.childNodes.length > wanted.length) {
        el.lastChild.remove();
    }
}

export function shorten(text, max = 60) {
    const oneLine = String(text ?? '').replace(/\s+/g, ' ').trim();
    return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
