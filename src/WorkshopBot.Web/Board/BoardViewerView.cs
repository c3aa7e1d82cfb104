namespace WorkshopBot.Web.Board;

// Who the board is shown to; UserId is null for a share-link reader.
public sealed record BoardViewerView(string? UserId, string Name, string? Organisation, string Role, bool CanEdit);
