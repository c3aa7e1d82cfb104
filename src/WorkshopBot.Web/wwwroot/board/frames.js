// Which page a Teams frame shows. The board tab is one configured URL (/board/{id}); in a meeting Teams
// opens that same tab in the side panel (frameContext "sidePanel", 320 px) and on the shared stage
// ("meetingStage"), where it should be the compact "add note + my notes" page and the presenter view.
const framePages = { sidePanel: 'side', meetingStage: 'stage' };

// The page's own URL for a frame context, keeping the query (dev-user, share, lang, theme); null when the
// frame shows the board itself.
export function framePageUrl(werkgroepId, frameContext, search = window.location.search) {
    const page = framePages[frameContext];
    return page ? `/board/${encodeURIComponent(werkgroepId)}/${page}${search}` : null;
}

export function stageUrl(werkgroepId, search = window.location.search) {
    return `/board/${encodeURIComponent(werkgroepId)}/stage${search}`;
}

// The werkgroep id of /board/{id}, /board/{id}/stage and /board/{id}/side.
export function werkgroepIdFromPath(pathname = window.location.pathname) {
    const parts = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
    return parts.length >= 2 && parts[0] === 'board' ? decodeURIComponent(parts[1]) : '';
}
