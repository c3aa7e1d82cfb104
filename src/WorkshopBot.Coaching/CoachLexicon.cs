using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace WorkshopBot.Coaching;

/// <summary>
/// The coach's word lists (doelgroepen, outputwoorden, vage werkwoorden, bronnen, …). The defaults are the
/// JSON files in <c>Lexicon/</c>, embedded in this assembly. A domain expert extends them without
/// recompiling by putting JSON files of the same shape in a directory and calling <see cref="Load"/>:
/// entries are added to the list of the same name; entries under a top-level <c>"remove"</c> object are taken out.
/// </summary>
public sealed class CoachLexicon
{
    private const string RemoveKey = "remove";
    private static readonly Lazy<CoachLexicon> EmbeddedDefault = new(LoadEmbedded);
    private readonly FrozenDictionary<string, IReadOnlyList<string>> lists;

    private CoachLexicon(FrozenDictionary<string, IReadOnlyList<string>> lists)
    {
        this.lists = lists;
    }

    public static CoachLexicon Default => EmbeddedDefault.Value;

    public IReadOnlyList<string> Entries(string listName) =>
        lists.TryGetValue(listName, out var entries) ? entries : [];

    /// <summary>The embedded defaults extended with every <c>*.json</c> file in <paramref name="directory"/>.</summary>
    public static CoachLexicon Load(string directory)
    {
        var lexicon = Default;
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            lexicon = lexicon.Extend(File.ReadAllText(file), Path.GetFileName(file));
        }

        return lexicon;
    }

    /// <summary>
    /// A new lexicon with the lists in <paramref name="json"/> merged in. Throws
    /// <see cref="InvalidDataException"/> naming <paramref name="sourceName"/> when the file has the wrong shape
    /// or names a list the coach does not know, so a typo in a list name does not silently do nothing.
    /// </summary>
    public CoachLexicon Extend(string json, string sourceName)
    {
        var merged = lists.ToDictionary(p => p.Key, p => new List<string>(p.Value), StringComparer.Ordinal);
        var (additions, removals) = Parse(json, sourceName);
        foreach (var (name, entries) in additions)
        {
            RequireKnown(name, sourceName);
            var target = merged.TryGetValue(name, out var existing) ? existing : merged[name] = [];
            foreach (var entry in entries)
            {
                if (!target.Contains(entry, StringComparer.OrdinalIgnoreCase))
                {
                    target.Add(entry);
                }
            }
        }

        foreach (var (name, entries) in removals)
        {
            RequireKnown(name, sourceName);
            if (merged.TryGetValue(name, out var target))
            {
                target.RemoveAll(e => entries.Contains(e, StringComparer.OrdinalIgnoreCase));
            }
        }

        return new CoachLexicon(merged.ToFrozenDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.ToArray(), StringComparer.Ordinal));
    }

    private static CoachLexicon LoadEmbedded()
    {
        var assembly = typeof(CoachLexicon).Assembly;
        var lexicon = new CoachLexicon(FrozenDictionary<string, IReadOnlyList<string>>.Empty);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Lexicon.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            lexicon = lexicon.Extend(reader.ReadToEnd(), name);
        }

        return lexicon;
    }

    private static void RequireKnown(string name, string sourceName)
    {
        if (!LexiconLists.All.Contains(name))
        {
            throw new InvalidDataException(
                $"Lexicon '{sourceName}': unknown list '{name}'. Known lists: {string.Join(", ", LexiconLists.All.Order(StringComparer.Ordinal))}.");
        }
    }

    private static (List<(string Name, List<string> Entries)> Additions, List<(string Name, List<string> Entries)> Removals) Parse(string json, string sourceName)
    {
        var additions = new List<(string, List<string>)>();
        var removals = new List<(string, List<string>)>();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"Lexicon '{sourceName}': expected a JSON object of named lists.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.StartsWith('$'))
                {
                    continue;
                }

                if (property.Name == RemoveKey)
                {
                    foreach (var removal in property.Value.EnumerateObject())
                    {
                        removals.Add((removal.Name, ReadList(removal, sourceName)));
                    }

                    continue;
                }

                additions.Add((property.Name, ReadList(property, sourceName)));
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Lexicon '{sourceName}': invalid JSON ({ex.Message}).", ex);
        }

        return (additions, removals);
    }

    private static List<string> ReadList(JsonProperty property, string sourceName)
    {
        if (property.Value.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"Lexicon '{sourceName}': list '{property.Name}' must be an array of strings.");
        }

        var entries = new List<string>();
        foreach (var item in property.Value.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                throw new InvalidDataException($"Lexicon '{sourceName}': list '{property.Name}' may only hold non-empty strings.");
            }

            entries.Add(text);
        }

        return entries;
    }
}
