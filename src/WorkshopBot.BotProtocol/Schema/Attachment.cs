using System.Text.Json.Nodes;

namespace WorkshopBot.BotProtocol.Schema;

public sealed record Attachment
{
    public string? ContentType { get; init; }

    public JsonNode? Content { get; init; }

    public string? ContentUrl { get; init; }

    public string? Name { get; init; }

    public string? ThumbnailUrl { get; init; }

    public static Attachment AdaptiveCard(JsonNode card) =>
        new() { ContentType = ContentTypes.AdaptiveCard, Content = card };
}
