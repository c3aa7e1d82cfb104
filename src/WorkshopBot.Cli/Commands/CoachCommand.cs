using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WorkshopBot.Cli.Localization;
using WorkshopBot.Coaching;
using WorkshopBot.Domain.Localization;
using DomainItems = WorkshopBot.Domain.Items;

namespace WorkshopBot.Cli.Commands;

/// <summary>
/// <c>coach result "&lt;tekst&gt;"</c> and <c>coach indicator "&lt;naam&gt;"</c>: print the coach's verdicts as a
/// readable report (Dutch by default, <c>--lang en</c>) or, with <c>--json</c>, as
/// <c>{"criteria":[{"id","status","message","evidence"}],"type","mode","suggestion","openPoints"}</c>.
/// </summary>
public static class CoachCommand
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--json", "--help", "-h" };

    private static readonly HashSet<string> ResultOptions = new(StringComparer.Ordinal)
    {
        "--lang", "--step", "--target-group", "--change", "--baseline", "--target", "--horizon", "--lexicon",
    };

    private static readonly HashSet<string> IndicatorOptions = new(StringComparer.Ordinal)
    {
        "--lang", "--step", "--definition", "--numerator", "--denominator", "--unit", "--source", "--existing", "--owner", "--frequency",
        "--baseline", "--target", "--direction", "--need-to-know", "--type", "--mode", "--lexicon",
    };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0] is not ("result" or "indicator"))
        {
            error.WriteLine(args.Count == 0 ? "Wat moet de coach bekijken: ‘result’ of ‘indicator’?" : $"Onbekend: ‘coach {args[0]}’. Kies ‘coach result’ of ‘coach indicator’.");
            error.WriteLine(CommandDispatcher.Usage);
            return ExitCodes.Usage;
        }

        var kind = args[0];
        if (!TryParse(args.Skip(1).ToList(), kind == "result" ? ResultOptions : IndicatorOptions, out var text, out var options, out var flags, out var problem))
        {
            error.WriteLine(problem);
            error.WriteLine(CommandDispatcher.Usage);
            return ExitCodes.Usage;
        }

        if (flags.Contains("--help") || flags.Contains("-h"))
        {
            output.WriteLine(CommandDispatcher.Usage);
            return ExitCodes.Success;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error.WriteLine(kind == "result"
                ? "Geef de tekst van het resultaat mee, tussen aanhalingstekens: coach result \"Over 3 jaar …\""
                : "Geef de naam van de indicator mee, tussen aanhalingstekens: coach indicator \"Percentage …\"");
            return ExitCodes.Usage;
        }

        if (!TryCreateCoach(options, out var coach, out problem) || !TryReadStep(options, out var step, out problem))
        {
            error.WriteLine(problem);
            return ExitCodes.Usage;
        }

        var language = Languages.FromLocale(options.GetValueOrDefault("--lang"));
        var json = flags.Contains("--json");
        if (kind == "result")
        {
            var draft = new ResultDraft(text, Get(options, "--target-group"), Get(options, "--change"), Get(options, "--baseline"), Get(options, "--target"), Get(options, "--horizon"), step);
            var assessment = coach.AssessResult(draft);
            output.Write(json
                ? ToJson(assessment.Criteria, null, null, assessment.Suggestion(language), assessment.OpenPoints, language)
                : ToReport(CoachReportText.For(language).ResultTitle, text, assessment.Criteria, null, assessment.Suggestion(language), assessment.OpenPoints, language));
            return ExitCodes.Success;
        }

        if (!TryReadIndicator(text, options, out var indicator, out problem))
        {
            error.WriteLine(problem);
            return ExitCodes.Usage;
        }

        var result = coach.AssessIndicator(indicator);
        output.Write(json
            ? ToJson(result.Criteria, result.TypeText, result.ModeText, result.Suggestion(language), result.OpenPoints, language)
            : ToReport(CoachReportText.For(language).IndicatorTitle, text, result.Criteria, (result.TypeName(language), result.Mode), result.Suggestion(language), result.OpenPoints, language));
        return ExitCodes.Success;
    }

    private static bool TryParse(
        IReadOnlyList<string> args,
        HashSet<string> known,
        out string text,
        out IReadOnlyDictionary<string, string> options,
        out IReadOnlySet<string> flags,
        out string problem)
    {
        text = string.Empty;
        options = new Dictionary<string, string>();
        flags = new HashSet<string>();
        if (!CommandOptions.TryParse(args, known, Flags, out var parsed, out problem))
        {
            return false;
        }

        options = parsed.Values;
        flags = Flags.Where(parsed.HasFlag).ToHashSet(StringComparer.Ordinal);
        if (parsed.Positional.Count > 1)
        {
            problem = "Zet de tekst tussen aanhalingstekens: er kwamen meerdere losse woorden binnen / put the text in quotes.";
            return false;
        }

        text = parsed.Positional.Count == 1 ? parsed.Positional[0] : string.Empty;
        return true;
    }

    private static bool TryCreateCoach(IReadOnlyDictionary<string, string> options, out Coach coach, out string problem)
    {
        coach = Coach.Default;
        problem = string.Empty;
        if (!options.TryGetValue("--lexicon", out var directory))
        {
            return true;
        }

        if (!Directory.Exists(directory))
        {
            problem = $"Lexicon-map ‘{directory}’ bestaat niet / lexicon directory not found.";
            return false;
        }

        try
        {
            coach = new Coach(CoachLexicon.Load(directory));
            return true;
        }
        catch (InvalidDataException ex)
        {
            problem = ex.Message;
            return false;
        }
    }

    private static bool TryReadStep(IReadOnlyDictionary<string, string> options, out int step, out string problem)
    {
        step = 2;
        problem = string.Empty;
        if (!options.TryGetValue("--step", out var text))
        {
            return true;
        }

        if (int.TryParse(text, out step) && step is >= 1 and <= 6)
        {
            return true;
        }

        problem = $"--step moet 1 t/m 6 zijn, niet ‘{text}’ / --step must be 1 to 6.";
        return false;
    }

    private static bool TryReadIndicator(string name, IReadOnlyDictionary<string, string> options, out IndicatorDraft draft, out string problem)
    {
        draft = new IndicatorDraft(name);
        problem = string.Empty;
        if (!TryYesNo(options, "--existing", out var existing, ref problem) || !TryYesNo(options, "--need-to-know", out var need, ref problem))
        {
            return false;
        }

        DomainItems.IndicatorType? type = null;
        if (options.TryGetValue("--type", out var typeText))
        {
            type = typeText.ToLowerInvariant() switch
            {
                "input" => DomainItems.IndicatorType.Input,
                "process" or "proces" => DomainItems.IndicatorType.Proces,
                "output" => DomainItems.IndicatorType.Output,
                "outcome" => DomainItems.IndicatorType.Outcome,
                _ => null,
            };
            if (type is null)
            {
                problem = $"--type moet input, process, output of outcome zijn, niet ‘{typeText}’.";
                return false;
            }
        }

        DomainItems.IndicatorKind? mode = null;
        if (options.TryGetValue("--mode", out var modeText))
        {
            mode = modeText.ToLowerInvariant() switch
            {
                "count" or "tellen" => DomainItems.IndicatorKind.Tellen,
                "story" or "vertellen" => DomainItems.IndicatorKind.Vertellen,
                _ => null,
            };
            if (mode is null)
            {
                problem = $"--mode moet count (tellen) of story (vertellen) zijn, niet ‘{modeText}’.";
                return false;
            }
        }

        draft = new IndicatorDraft(
            name,
            Definition: Get(options, "--definition"),
            Numerator: Get(options, "--numerator"),
            Denominator: Get(options, "--denominator"),
            Unit: Get(options, "--unit"),
            DataSource: Get(options, "--source"),
            ExistingRegistration: existing,
            Owner: Get(options, "--owner"),
            Frequency: Get(options, "--frequency"),
            Baseline: Get(options, "--baseline"),
            Target: Get(options, "--target"),
            Direction: Get(options, "--direction"),
            NeedToKnow: need,
            DeclaredType: type,
            DeclaredMode: mode);
        return true;
    }

    private static bool TryYesNo(IReadOnlyDictionary<string, string> options, string name, out bool? value, ref string problem)
    {
        value = null;
        if (!options.TryGetValue(name, out var text))
        {
            return true;
        }

        value = text.ToLowerInvariant() switch
        {
            "ja" or "yes" or "true" or "j" or "y" => true,
            "nee" or "no" or "false" or "n" => false,
            _ => null,
        };
        if (value is null)
        {
            problem = $"{name} moet ja of nee zijn, niet ‘{text}’ / must be yes or no.";
            return false;
        }

        return true;
    }

    private static string? Get(IReadOnlyDictionary<string, string> options, string name) => options.GetValueOrDefault(name);

    private static string ToJson(IReadOnlyList<CriterionVerdict> criteria, string? type, string? mode, string suggestion, int openPoints, Language language)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("criteria");
            foreach (var verdict in criteria)
            {
                writer.WriteStartObject();
                writer.WriteString("id", verdict.Id);
                writer.WriteString("status", verdict.StatusText);
                writer.WriteString("message", verdict.Message(language));
                writer.WriteStartArray("evidence");
                foreach (var evidence in verdict.Evidence)
                {
                    writer.WriteStringValue(evidence);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (type is not null)
            {
                writer.WriteString("type", type);
            }

            if (mode is not null)
            {
                writer.WriteString("mode", mode);
            }

            writer.WriteString("suggestion", suggestion);
            writer.WriteNumber("openPoints", openPoints);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    private static string ToReport(string title, string text, IReadOnlyList<CriterionVerdict> criteria, (string Type, DomainItems.IndicatorKind? Mode)? classification, string suggestion, int openPoints, Language language)
    {
        var labels = CoachReportText.For(language);
        var report = new StringBuilder();
        report.AppendLine(title).AppendLine($"  “{text}”");
        if (classification is { } c)
        {
            var mode = c.Mode switch
            {
                DomainItems.IndicatorKind.Tellen => labels.ModeCount,
                DomainItems.IndicatorKind.Vertellen => labels.ModeStory,
                _ => labels.ModeUnknown,
            };
            report.AppendLine("  " + CoachReportText.Fill(labels.ClassificationFormat, c.Type, mode));
        }

        report.AppendLine();
        foreach (var verdict in criteria)
        {
            var mark = verdict.Status switch
            {
                CriterionStatus.Passed => "✓",
                CriterionStatus.Failed => "✗",
                _ => "–",
            };
            report.AppendLine($"  {mark} {verdict.Name(language)}: {verdict.Message(language)}");
        }

        report.AppendLine();
        report.AppendLine(labels.SuggestionLabel + suggestion);
        report.AppendLine(CoachReportText.Fill(labels.OpenPointsFormat, openPoints));
        return report.ToString();
    }
}
