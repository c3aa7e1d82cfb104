namespace WorkshopBot.Cards;

public static class CardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static string Serialize(JsonObject card) => card.ToJsonString();

    // UTF-8 bytes of the compact JSON with non-ASCII escaped (the largest encoding a sender uses).
    public static int SizeInBytes(JsonNode card) => ByteCounter.Measure(card);
}
