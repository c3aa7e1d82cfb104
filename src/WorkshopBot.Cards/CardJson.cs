namespace WorkshopBot.Cards;

public static class CardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static string Serialize(JsonObject card) => card.ToJsonString();

    // UTF-8 bytes of the compact JSON with non-ASCII escaped (the largest encoding a sender uses).
    public static int SizeInBytes(JsonNode card) => ByteCounter.Measure(card);

    // True when the card's SizeInBytes is at most maxBytes. Most cards are far below it, which a bound on the
    // size shows without writing the card out (JsonSizeBound); only a card near the limit is measured.
    public static bool FitsIn(JsonNode card, int maxBytes) =>
        JsonSizeBound.Of(card, maxBytes) is not null || SizeInBytes(card) <= maxBytes;
}
