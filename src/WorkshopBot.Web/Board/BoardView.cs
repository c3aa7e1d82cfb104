namespace WorkshopBot.Web.Board;

// GET /api/boards/{id}: the board as one viewer sees it (see BoardViewFactory). Property order is the
// JSON order the board page and tests/browser/mock/board-mock-server.mjs know; nulls are written as null.
public sealed record BoardView(
    BoardWerkgroepView Werkgroep,
    BoardViewerView Viewer,
    IReadOnlyList<BoardStepView> Steps,
    IReadOnlyList<BoardAuthorView> Authors,
    BoardVotingView? Voting,
    BoardTimerView? Timer,
    IReadOnlyList<BoardResultView> Results,
    IReadOnlyList<BoardIndicatorView> Indicators,
    IReadOnlyList<BoardActivityView> Activities,
    IReadOnlyList<BoardQualityAgreementView> QualityAgreements,
    int ActiveShareLinks,
    IReadOnlyDictionary<string, string> Exports);
