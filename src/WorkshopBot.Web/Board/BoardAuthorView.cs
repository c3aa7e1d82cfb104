using System.Text.Json.Serialization;

namespace WorkshopBot.Web.Board;

// A note author as the board shows them, once per board; notes point here with their "by" index.
public sealed record BoardAuthorView(
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Organisation,
    string Colour);
