using System.Text;
using System.Text.Json.Nodes;

namespace WorkshopBot.Cards;

public static class CardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static string Serialize(JsonObject card) => card.ToJsonString();

    public static int SizeInBytes(JsonObject card) => Encoding.UTF8.GetByteCount(card.ToJsonString());
}
