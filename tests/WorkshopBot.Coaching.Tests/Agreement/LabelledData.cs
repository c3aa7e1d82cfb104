using System.Text.Json;
using System.Text.Json.Nodes;

namespace WorkshopBot.Coaching.Tests.Agreement;

/// <summary>The labelled examples in Labelled/*.json (copied next to the test assembly).</summary>
public static class LabelledData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<LabelledResult> Results { get; } = Load<LabelledResult>("results.json", "results");

    public static IReadOnlyList<LabelledIndicator> Indicators { get; } = Load<LabelledIndicator>("indicators.json", "indicators");

    /// <summary>Written after the first tuning round and never used for tuning: the estimate for unseen text.</summary>
    public static IReadOnlyList<LabelledResult> HoldoutResults { get; } = Load<LabelledResult>("holdout-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> HoldoutIndicators { get; } = Load<LabelledIndicator>("holdout-indicators.json", "indicators");

    /// <summary>Written after all tuning and run once: the estimate for unseen text of the final rules.</summary>
    public static IReadOnlyList<LabelledResult> SecondHoldoutResults { get; } = Load<LabelledResult>("holdout2-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> SecondHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout2-indicators.json", "indicators");

    private static List<T> Load<T>(string file, string property)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Labelled", file);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        return root[property]!.Deserialize<List<T>>(Options)!;
    }
}
