namespace WorkshopBot.Web.Board;

// GET /api/boards/{id}/share-links.
public sealed record BoardShareLinksView(IReadOnlyList<BoardShareLinkView> ShareLinks);
