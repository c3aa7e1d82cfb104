namespace WorkshopBot.TestKit.Protocol;

// One request received by StubConnectorServer. RawTarget is the path and query exactly as sent
// (still URL-escaped).
public sealed record StubConnectorRequest(
    string Method,
    string RawTarget,
    string? Authorization,
    string Body,
    DateTimeOffset ReceivedAt,
    int Sequence);
