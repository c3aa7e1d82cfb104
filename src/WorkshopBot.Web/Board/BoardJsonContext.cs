using System.Text.Json;
using System.Text.Json.Serialization;

namespace WorkshopBot.Web.Board;

// Source-generated serializers for the board API's bodies, with the web defaults (camelCase) the
// anonymous objects used to get from JsonSerializerOptions.Web.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BoardView))]
[JsonSerializable(typeof(BoardShareLinksView))]
[JsonSerializable(typeof(IReadOnlyList<MyWerkgroepView>))]
[JsonSerializable(typeof(BoardActionAccepted))]
[JsonSerializable(typeof(BoardProgressView))]
public sealed partial class BoardJsonContext : JsonSerializerContext;
