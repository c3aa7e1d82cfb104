using System.Text.Json;
using System.Text.Json.Serialization;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Application.Commands;

// The board's form of one formal item: { "kind": "result", "result": { …ResultDraft } } (likewise
// "indicator", "activity", "qualityAgreement"). Exactly the draft that matches the kind is read, so the
// board posts the same EditItem command (verb updateItem) as the card's edit form.
public sealed class ItemDraftJsonConverter : JsonConverter<ItemDraft>
{
    // A draft's lists and names are never null in the domain; an explicit null from a hostile form must be
    // refused as malformed JSON (a 400), not reach the edit as a NullReferenceException (a 500).
    private JsonSerializerOptions? strict;

    public override ItemDraft? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("kind", out var kindElement))
        {
            throw new JsonException("An item draft needs a kind.");
        }

        options = strict ??= new JsonSerializerOptions(options) { RespectNullableAnnotations = true };
        var kind = kindElement.Deserialize<FormalItemKind>(options);
        var name = JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
        if (!root.TryGetProperty(name, out var draft) || draft.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"An item draft of kind {name} needs a {name} object.");
        }

        return kind switch
        {
            FormalItemKind.Result => ItemDraft.Of(draft.Deserialize<ResultDraft>(options)!),
            FormalItemKind.Indicator => ItemDraft.Of(draft.Deserialize<Indicator>(options)!),
            FormalItemKind.Activity => ItemDraft.Of(draft.Deserialize<PlannedActivityDraft>(options)!),
            _ => ItemDraft.Of(draft.Deserialize<QualityAgreementDraft>(options)!),
        };
    }

    public override void Write(Utf8JsonWriter writer, ItemDraft value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Item drafts are only read from the board.");
}
