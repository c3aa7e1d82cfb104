namespace WorkshopBot.Web.Board;

// One share link in the moderator's share dialog, with the URL that carries its token.
public sealed record BoardShareLinkView(string Id, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, bool Revoked, bool Active, string Url);
