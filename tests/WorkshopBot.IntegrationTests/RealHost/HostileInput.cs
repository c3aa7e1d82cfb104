using System.Text;
using System.Text.Json.Nodes;

namespace WorkshopBot.IntegrationTests.RealHost;

// Seeded generator of malformed and hostile request bodies for the fuzz tests (issue 13). Everything comes
// from one Random, so a failure reproduces from the seed and the request number.
internal sealed class HostileInput(int seed)
{
    public static readonly string[] Verbs =
    [
        "addNotes", "editNote", "deleteNote", "castVote", "retractVote", "openStep", "closeStep", "lockStep", "startSilent",
        "revealNotes", "startTimer", "stopTimer", "startVoting", "closeVoting", "moveNote", "mergeNotes", "setCluster",
        "setOrganisation", "promoteNote", "proposeItem", "updateItem", "acceptItem", "adoptSuggestion", "publishSummary",
        "refreshSummary", "respondToSummary", "replyToReview", "changeSummaryDeadline", "createShareLink", "revokeShareLink",
        "wisAlles", "", "ADDNOTES", "addNotes\u0000", "__proto__", "constructor",
    ];

    private static readonly string[] DataKeys =
    [
        "werkgroepId", "trajectId", "noteId", "noteIds", "itemId", "step", "text", "newNotes", "organisation", "userId",
        "cluster", "minutes", "kind", "reviewId", "shareLinkId", "expiresInDays", "targetStep", "verb", "answer", "deadline",
    ];

    private static readonly string[] HostileIds =
    [
        "wg/1", "wg\\1", "wg#1", "wg?1", "../../etc", "wg%2F1", "'; drop table--", "wg\u00011", "\u007f", "  ", "",
        "nul\u0000id", "a'b", "{werkgroepId}", "19:x@thread.v2;messageid=1", "\ud83d\ude00", "ü", "%00",
    ];

    private readonly Random random = new(seed);

    public int Next(int max) => random.Next(max);

    public int Next(int min, int max) => random.Next(min, max);

    public bool Chance(int percent) => random.Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public string HostileId() => Chance(70) ? Pick(HostileIds) : Pick(HostileIds) + Guid.NewGuid().ToString("N")[..random.Next(1, 8)];

    // A JSON value of a random kind, sometimes huge, deep or with control characters.
    public JsonNode? Value(int depth = 0) => random.Next(depth > 3 ? 8 : 11) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => Pick(new double[] { 0, -1, 3, 1e308, -1e-308, 2147483648, 0.5, 99999999999 }),
        3 => new string('x', random.Next(1, 5) * (Chance(10) ? 40_000 : 10)),
        4 => ControlText(),
        5 => HostileId(),
        6 => Pick(Verbs),
        7 => random.Next(7) - 1,
        8 => new JsonArray(Value(depth + 1), Value(depth + 1)),
        9 => Object(depth + 1),
        _ => Nested(random.Next(10, 80)),
    };

    public JsonObject Object(int depth = 0)
    {
        var result = new JsonObject();
        for (var i = random.Next(0, 5); i > 0; i--)
        {
            result[Pick(DataKeys) + (Chance(10) ? ControlText() : "")] = Value(depth);
        }

        return result;
    }

    // Card data that looks real: the keys the cards send, with ids of another werkgroep, stale or hostile.
    public JsonObject CardData(IReadOnlyList<string> werkgroepIds)
    {
        var data = new JsonObject
        {
            ["werkgroepId"] = random.Next(4) switch
            {
                0 => Pick(werkgroepIds),
                1 => HostileId(),
                2 => "wg-" + Guid.NewGuid().ToString("N"),
                _ => Value(),
            },
        };
        foreach (var (key, value) in Object())
        {
            data[key] = value?.DeepClone();
        }

        if (Chance(50))
        {
            data["step"] = Pick(new JsonNode?[] { 1, 3, 6, 7, 0, -3, "3", null, 3.5 });
        }

        return data;
    }

    public string ControlText() =>
        new(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)Pick(new[] { 0, 1, 7, 8, 9, 10, 13, 27, 0x7f, 0x85, 0x2028, 0xfeff, 0x202e })).ToArray());

    public JsonNode Nested(int depth)
    {
        JsonNode node = Value(99) ?? 0;
        for (var i = 0; i < depth; i++)
        {
            node = random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        }

        return node;
    }

    // Serialises, then sometimes breaks the bytes: truncation, invalid UTF-8, half surrogate pairs as
    // JSON escapes (in keys and values), a BOM, or a different top-level kind.
    public byte[] Bytes(JsonNode body)
    {
        var json = body.ToJsonString();
        switch (random.Next(12))
        {
            case 0:
                return Encoding.UTF8.GetBytes(json[..random.Next(json.Length)]);
            case 1:
                var bytes = Encoding.UTF8.GetBytes(json).ToList();
                var bad = Pick(new byte[][] { [0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc0, 0xaf] });
                bytes.InsertRange(random.Next(bytes.Count), bad);
                return bytes.ToArray();
            case 2:
                return Encoding.UTF8.GetBytes(json.Replace("\"werkgroepId\"", Pick(new[] { "\"\\ud800werkgroepId\"", "\"werkgroepId\\udc00\"" }), StringComparison.Ordinal));
            case 3:
                var quote = json.IndexOf(":\"", StringComparison.Ordinal);
                return Encoding.UTF8.GetBytes(quote < 0 ? json : json[..(quote + 2)] + "\\udfff" + json[(quote + 2)..]);
            case 4:
                return [0xef, 0xbb, 0xbf, .. Encoding.UTF8.GetBytes(json)];
            case 5:
                return Encoding.UTF8.GetBytes(Pick(new[] { "[]", "null", "\"message\"", "42", "", "{", "{}", "[" + json + "]", json + json }));
            default:
                return Encoding.UTF8.GetBytes(json);
        }
    }
}
