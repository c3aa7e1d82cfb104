// Moving notes on the wall: drag with the mouse into a cluster, between clusters or onto another open
// step (its tab or its lane), or, with the keyboard, the ⇄ button of a note and a list of the same
// places. Every move is one of the application's commands (setCluster, moveNote) and is announced in
// the page's polite live region. Moderators also make, rename and merge clusters here (renameCluster).
import { h, shorten } from './dom.js';
import { t } from './strings.js';
import { moveTargets, clusterLabels } from './notes.js';

export function installWallMoves({ state, act, announce, showAlert, clearAlert, render, dialogs, findNote }) {
    const ctx = state.ctx;

    function focusLater(selector) {
        requestAnimationFrame(() => document.querySelector(selector)?.focus());
    }

    async function perform(found, target) {
        const { note, step } = found;
        const noteId = note.id;
        try {
            if (target.kind === 'step') {
                const toStep = Number(target.value);
                await act('moveNote', { noteId, toStep });
                announce(t('done.moved', { n: toStep }));
            } else {
                // A moderator may drop a note of another step straight into a cluster of the wall's step.
                if (target.step !== undefined && target.step !== step.number) {
                    await act('moveNote', { noteId, toStep: target.step });
                }
                const label = target.value === '' ? null : target.value;
                await act('setCluster', { noteId, label });
                announce(label ? t('wall.droppedCluster', { label }) : t('wall.droppedNoCluster'));
            }
            clearAlert();
        } catch (err) {
            showAlert(err.message);
        }
    }

    // ---------- keyboard: ⇄ opens the list of places, arrows walk it, Escape closes it ----------

    function closeTargets(noteId, refocus) {
        ctx.openTargets.delete(noteId);
        render();
        if (refocus) {
            focusLater(`[data-focus-key="pick:${CSS.escape(noteId)}"]`);
        }
    }

    function togglePick(noteId) {
        const found = findNote(noteId);
        if (!found) {
            return;
        }
        if (ctx.openTargets.has(noteId)) {
            closeTargets(noteId, true);
            return;
        }
        ctx.openTargets.clear();
        ctx.openTargets.add(noteId);
        render();
        const count = moveTargets(found.note, found.step, state.board).length;
        announce(t('wall.pickOpen', { count, short: shorten(found.note.text, 40) }));
        focusLater(`#targets-${CSS.escape(noteId)} button`);
    }

    async function moveTo(button) {
        const found = findNote(button.dataset.noteId);
        if (!found) {
            return;
        }
        ctx.openTargets.delete(found.note.id);
        await perform(found, { kind: button.dataset.targetKind, value: button.dataset.target });
        render();
        focusLater(`li.note[data-note-id="${CSS.escape(found.note.id)}"] button:not([disabled])`);
    }

    document.addEventListener('keydown', (event) => {
        const list = event.target.closest?.('.note-targets');
        if (!list || dialogs.isOpen) {
            return;
        }
        const buttons = [...list.querySelectorAll('button')];
        const index = buttons.indexOf(event.target);
        if (event.key === 'ArrowDown' || event.key === 'ArrowRight') {
            event.preventDefault();
            buttons[(index + 1) % buttons.length]?.focus();
        } else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') {
            event.preventDefault();
            buttons[(index - 1 + buttons.length) % buttons.length]?.focus();
        } else if (event.key === 'Escape') {
            event.preventDefault();
            closeTargets(list.id.replace(/^targets-/, ''), true);
            announce(t('wall.pickCancelled'));
        }
    });

    // ---------- mouse: drag and drop ----------

    let dragged = null;

    function dropTarget(event) {
        if (!dragged) {
            return null;
        }
        const found = findNote(dragged);
        if (!found) {
            return null;
        }
        const targets = moveTargets(found.note, found.step, state.board);
        const cluster = event.target.closest?.('.column.is-selected .cluster');
        if (cluster) {
            const value = cluster.dataset.dropCluster ?? '';
            const wallStep = Number(cluster.closest('.column').dataset.step);
            const sameStep = wallStep === found.step.number;
            const allowed = sameStep
                ? targets.some((x) => x.kind === 'cluster' && x.value === value)
                : value !== '' && state.board.viewer.role === 'moderator' && targets.some((x) => x.kind === 'step' && Number(x.value) === wallStep);
            return allowed ? { el: cluster, target: { kind: 'cluster', value, step: wallStep } } : null;
        }
        const stepEl = event.target.closest?.('.step-tab, .column.is-lane');
        if (stepEl) {
            const value = stepEl.dataset.step;
            return targets.some((x) => x.kind === 'step' && x.value === value) ? { el: stepEl, target: { kind: 'step', value } } : null;
        }
        return null;
    }

    function clearDropMarks(except) {
        document.querySelectorAll('.is-drop-target').forEach((el) => el !== except && el.classList.remove('is-drop-target'));
    }

    document.addEventListener('dragstart', (event) => {
        const note = event.target.closest?.('li.note[draggable="true"]');
        if (!note) {
            return;
        }
        dragged = note.dataset.noteId;
        event.dataTransfer.setData('text/plain', findNote(dragged)?.note.text ?? '');
        event.dataTransfer.effectAllowed = 'move';
        note.classList.add('is-dragging');
    });
    document.addEventListener('dragend', (event) => {
        event.target.closest?.('li.note')?.classList.remove('is-dragging');
        clearDropMarks(null);
        dragged = null;
    });
    document.addEventListener('dragover', (event) => {
        const drop = dropTarget(event);
        clearDropMarks(drop?.el);
        if (drop) {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            drop.el.classList.add('is-drop-target');
        }
    });
    document.addEventListener('drop', async (event) => {
        const drop = dropTarget(event);
        const found = dragged ? findNote(dragged) : null;
        if (!drop || !found) {
            return;
        }
        event.preventDefault();
        clearDropMarks(null);
        await perform(found, drop.target);
    });

    // ---------- moderators: make, rename and merge clusters ----------

    function stepOf(button) {
        return state.board.steps.find((s) => s.number === Number(button.dataset.step));
    }


    function headingFocus(stepNumber) {
        return () => document.getElementById(`step-${stepNumber}-heading`);
    }

    function openNewCluster(step, focusKey) {
        const input = h('input', { type: 'text', id: 'dialog-new-cluster', maxlength: '80', autocomplete: 'off' });
        const boxes = step.notes.map((note) => h('li', { class: 'check-row' },
            h('input', { type: 'checkbox', id: `cluster-note-${note.id}`, value: note.id }),
            h('label', { for: `cluster-note-${note.id}`, text: `${shorten(note.text, 80)} — ${note.authorName}${note.cluster ? ` (${note.cluster})` : ''}` })));
        dialogs.open({
            heading: t('cluster.newTitle'),
            content: [
                h('label', { for: 'dialog-new-cluster', text: t('cluster.field') }),
                input,
                h('fieldset', {}, h('legend', { text: t('cluster.newNotes') }), h('ul', { class: 'check-list' }, boxes)),
            ],
            submitLabel: t('cluster.newSubmit'),
            returnFocusKey: focusKey,
            fallbackFocus: headingFocus(step.number),
            onSubmit: async (form) => {
                const label = input.value.trim();
                const noteIds = [...form.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value);
                if (label === '') {
                    throw new Error(t('cluster.needName'));
                }
                if (noteIds.length === 0) {
                    throw new Error(t('cluster.needNotes'));
                }
                for (const noteId of noteIds) {
                    await act('setCluster', { noteId, label });
                }
                return t('cluster.newDone', { label, count: noteIds.length });
            },
            onDone: announce,
        });
    }

    function openRename(step, label, focusKey) {
        const others = clusterLabels(step).filter((l) => l !== label);
        const input = h('input', { type: 'text', id: 'dialog-rename-cluster', list: 'dialog-rename-list', maxlength: '80', autocomplete: 'off', 'aria-describedby': 'dialog-rename-hint' });
        input.value = label;
        dialogs.open({
            heading: t('cluster.renameTitle'),
            content: [
                h('label', { for: 'dialog-rename-cluster', text: t('cluster.renameField', { label }) }),
                input,
                h('datalist', { id: 'dialog-rename-list' }, others.map((l) => h('option', { value: l }))),
                h('p', { class: 'hint', id: 'dialog-rename-hint', text: t('cluster.renameHint') }),
            ],
            submitLabel: t('dialog.save'),
            returnFocusKey: focusKey,
            fallbackFocus: headingFocus(step.number),
            onSubmit: async () => {
                const newLabel = input.value.trim();
                await act('renameCluster', { step: step.number, label, newLabel: newLabel === '' ? null : newLabel });
                return newLabel === '' ? t('cluster.dissolved', { label }) : t('cluster.renamed', { label: newLabel });
            },
            onDone: announce,
        });
    }

    function openMerge(step, label, focusKey) {
        const others = clusterLabels(step).filter((l) => l !== label);
        const select = h('select', { id: 'dialog-merge-cluster' }, others.map((l) => h('option', { value: l, text: l })));
        dialogs.open({
            heading: t('cluster.mergeTitle'),
            content: others.length === 0
                ? [h('p', { text: t('cluster.mergeNone') })]
                : [h('label', { for: 'dialog-merge-cluster', text: t('cluster.mergeField', { label }) }), select],
            submitLabel: t('cluster.merge'),
            submitDisabled: others.length === 0,
            returnFocusKey: focusKey,
            fallbackFocus: headingFocus(step.number),
            onSubmit: async () => {
                await act('renameCluster', { step: step.number, label, newLabel: select.value });
                return t('cluster.merged', { from: label, label: select.value });
            },
            onDone: announce,
        });
    }

    // ---------- a big wall grows as the reader comes near its end ----------

    ctx.wallLimit = 60;
    const nearEnd = new IntersectionObserver((entries) => {
        const reached = entries.filter((entry) => entry.isIntersecting);
        reached.forEach((entry) => nearEnd.unobserve(entry.target));
        if (reached.length > 0) {
            showMore();
        }
    }, { rootMargin: '300px' });
    ctx.observeMore = (button) => {
        if (!button.dataset.observed) {
            button.dataset.observed = 'true';
            nearEnd.observe(button);
        }
    };

    function showMore() {
        ctx.wallLimit += 240;
        render();
    }

    // Click actions of the wall; returns false for anything else.
    return {
        click(action, button) {
            const focusKey = button.dataset.focusKey;
            switch (action) {
                case 'pick':
                    togglePick(button.dataset.noteId);
                    return true;
                case 'move-to':
                    moveTo(button);
                    return true;
                case 'cluster-new':
                    openNewCluster(stepOf(button), focusKey);
                    return true;
                case 'cluster-rename':
                    openRename(stepOf(button), button.dataset.cluster, focusKey);
                    return true;
                case 'wall-more':
                    showMore();
                    return true;
                case 'cluster-merge':
                    openMerge(stepOf(button), button.dataset.cluster, focusKey);
                    return true;
                default:
                    return false;
            }
        },
    };
}
