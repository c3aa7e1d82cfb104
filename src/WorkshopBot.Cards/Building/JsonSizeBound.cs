using System.Buffers;
using System.Text.Json;

namespace WorkshopBot.Cards.Building;

// An upper bound of a JSON tree's size as ByteCounter measures it (compact, the default encoder), found without
// writing the JSON: structure counts exactly, a string or property name counts 1 byte for each character the
// default encoder always writes as itself (printable ASCII other than the HTML-sensitive ones and the JSON
// escapes) and 6 for any other (\uXXXX is the longest escape; a surrogate pair is two of them), a number 40.
// The card budget only needs "fits or not", so a card whose bound fits is not written out to be measured.
internal static class JsonSizeBound
{
    private const int MaxNumberBytes = 40;
    private const int MaxEscapeBytes = 6;

    private static readonly SearchValues<char> WrittenAsIs = SearchValues.Create(
        " !#$%()*,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~");

    // The bound, or null when it exceeds limit or a value's text is not at hand (then measure instead).
    public static long? Of(JsonNode? node, long limit)
    {
        long total = 0;
        return Add(node, ref total, limit) ? total : null;
    }

    private static bool Add(JsonNode? node, ref long total, long limit)
    {
        switch (node)
        {
            case null:
                total += 4;
                break;
            case JsonObject obj:
                total += 2 + Math.Max(0, obj.Count - 1);
                foreach (var (name, value) in obj)
                {
                    total += String(name) + 1;
                    if (!Add(value, ref total, limit))
                    {
                        return false;
                    }
                }

                break;
            case JsonArray array:
                total += 2 + Math.Max(0, array.Count - 1);
                foreach (var item in array)
                {
                    if (!Add(item, ref total, limit))
                    {
                        return false;
                    }
                }

                break;
            case JsonValue value:
                switch (value.GetValueKind())
                {
                    case JsonValueKind.String when value.TryGetValue<string>(out var text):
                        total += String(text);
                        break;
                    case JsonValueKind.Number:
                        total += MaxNumberBytes;
                        break;
                    case JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null:
                        total += 5;
                        break;
                    default:
                        return false;
                }

                break;
            default:
                return false;
        }

        return total <= limit;
    }

    private static long String(string text)
    {
        long bytes = 2 + text.Length;
        var rest = text.AsSpan();
        int index;
        while ((index = rest.IndexOfAnyExcept(WrittenAsIs)) >= 0)
        {
            bytes += MaxEscapeBytes - 1;
            rest = rest[(index + 1)..];
        }

        return bytes;
    }
}
