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

    /// <summary>Issue 15, tuning half: run-on sentences, bullets, werkgroep speech and sticky-note fragments.</summary>
    public static IReadOnlyList<LabelledResult> ThirdTuningResults { get; } = Load<LabelledResult>("tune3-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> ThirdTuningIndicators { get; } = Load<LabelledIndicator>("tune3-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, held-out half: council-document language and werkgroep minutes with abbreviations, a different
    /// style from every tuning file. Committed before any rule change for issue 15 and never used for tuning.
    /// </summary>
    public static IReadOnlyList<LabelledResult> ThirdHoldoutResults { get; } = Load<LabelledResult>("holdout3-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> ThirdHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout3-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, second held-out batch: Teams-chat and e-mail notes and monitor-report language. Written after batch
    /// 3 had been run once on the tuned rules (batch 3 was then used for a last tuning round) and never tuned on.
    /// </summary>
    public static IReadOnlyList<LabelledResult> FourthHoldoutResults { get; } = Load<LabelledResult>("holdout4-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> FourthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout4-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, second round, tuning half (tune5 to tune8): new examples of the patterns in varied
    /// styles, each batch run once on the rules of the moment and then tuned on.
    /// </summary>
    public static IReadOnlyList<LabelledResult> FifthTuningResults { get; } =
        [.. Load<LabelledResult>("tune5-results.json", "results"), .. Load<LabelledResult>("tune6-results.json", "results"), .. Load<LabelledResult>("tune7-results.json", "results"),
            .. Load<LabelledResult>("tune8-results.json", "results")];

    public static IReadOnlyList<LabelledIndicator> FifthTuningIndicators { get; } =
        [.. Load<LabelledIndicator>("tune5-indicators.json", "indicators"), .. Load<LabelledIndicator>("tune6-indicators.json", "indicators"), .. Load<LabelledIndicator>("tune7-indicators.json", "indicators"),
            .. Load<LabelledIndicator>("tune8-indicators.json", "indicators")];

    /// <summary>
    /// Issue 15, second round, held-out: programmabegroting targets, actiepunten, bullets and numbers in words.
    /// Committed before any rule change of that round and run once, at its end; tuned on in round 3.
    /// </summary>
    public static IReadOnlyList<LabelledResult> FifthHoldoutResults { get; } = Load<LabelledResult>("holdout5-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> FifthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout5-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, round 3, held-out: subsidieaanvraag and jaarplan wording, partner e-mails, whiteboard lines.
    /// Committed after batch 5's single run and before any round-3 rule change; run once, at the end; never tuned on.
    /// </summary>
    public static IReadOnlyList<LabelledResult> SixthHoldoutResults { get; } = Load<LabelledResult>("holdout6-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> SixthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout6-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, round 4, tuning half: the output and process patterns in new wording next to outcome statements that
    /// only look like output (tune9, and tune10 results in e-mail and run-on wording). Each run once on the rules of the
    /// moment, then tuned on. Round 5 adds tune11 and tune12 (new verbs for taking part next to outcomes with unknown
    /// predicates), each run once on the round-5 draft and then tuned on.
    /// </summary>
    public static IReadOnlyList<LabelledResult> NinthTuningResults { get; } =
        [.. Load<LabelledResult>("tune9-results.json", "results"), .. Load<LabelledResult>("tune10-results.json", "results"),
            .. Load<LabelledResult>("tune11-results.json", "results"), .. Load<LabelledResult>("tune12-results.json", "results")];

    public static IReadOnlyList<LabelledIndicator> NinthTuningIndicators { get; } = Load<LabelledIndicator>("tune9-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, round 4, held-out: raadsvoorstel and programmabegroting wording, werkgroep notes, bullets, numbered
    /// lists, abbreviations and numbers in words, with disguised output and outcome look-alikes. Committed before any
    /// round-4 rule change (7600413); run once, on the frozen round-4 rules; never tuned on.
    /// </summary>
    public static IReadOnlyList<LabelledResult> SeventhHoldoutResults { get; } = Load<LabelledResult>("holdout7-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> SeventhHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout7-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, round 5, held-out: werkgroep chat lines, uitvoeringsagenda, jaarverslag, wijkplan and
    /// subsidiebeschikking wording, with disguised output in new wordings and outcome look-alikes. Committed before any
    /// round-5 rule change (446e6fc); run once, on the frozen round-5 rules (35c39d4); tuned on in round 6 after that run.
    /// </summary>
    public static IReadOnlyList<LabelledResult> EighthHoldoutResults { get; } = Load<LabelledResult>("holdout8-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> EighthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout8-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, round 6, held-out: doelenboom and raadsvraag lines, jaarverslag and subsidie wording, werkgroep plans,
    /// abbreviations. Committed after batch 8's single run and before any round-6 rule change (1237fe6, one label fixed
    /// before any run in 60ed1a5); run once, on the frozen round-6 rules (84fef3b); never tuned on.
    /// </summary>
    public static IReadOnlyList<LabelledResult> NinthHoldoutResults { get; } = Load<LabelledResult>("holdout9-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> NinthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout9-indicators.json", "indicators");

    /// <summary>Held-out batch 10 (round 7): written before any round-7 rule change, run once on the frozen round-7 rules.</summary>
    public static IReadOnlyList<LabelledResult> TenthHoldoutResults { get; } = Load<LabelledResult>("holdout10-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> TenthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout10-indicators.json", "indicators");

    /// <summary>
    /// Held-out batch 11 (round 8): written and committed (e2ad08f) after batch 10's single run and before any round-8
    /// rule change; wired in only after the round-8 rules were frozen (624d4df) and run once on them.
    /// </summary>
    public static IReadOnlyList<LabelledResult> EleventhHoldoutResults { get; } = Load<LabelledResult>("holdout11-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> EleventhHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout11-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, round 9, tuning: everyday verbs and predicates, leading activity phrases, outputs and input in
    /// disguise, vague and plan lines. Written and run once on the round-8 rules before any round-9 change, then tuned on.
    /// </summary>
    public static IReadOnlyList<LabelledResult> ThirteenthTuningResults { get; } = Load<LabelledResult>("tune13-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> ThirteenthTuningIndicators { get; } = Load<LabelledIndicator>("tune13-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, round 10, tuning: counted residents doing something with verbs the lists lack, a group before a colon,
    /// abbreviations, outputs that must stay output; indicators with the share rule, incident counts, process, input and
    /// stories. Written and run once on the round-9 rules before any round-10 change, then tuned on.
    /// </summary>
    public static IReadOnlyList<LabelledResult> FourteenthTuningResults { get; } = Load<LabelledResult>("tune14-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> FourteenthTuningIndicators { get; } = Load<LabelledIndicator>("tune14-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, round 11, tuning: perfect and state verbs of a change in residents, money as a change or as a budget,
    /// organisations as subject, verbless "&lt;group&gt; met/in/bij &lt;situation&gt;" and passive indicators, process
    /// indicators (days until first contact, case meetings, partners' marks, case descriptions), use, reach and capacity.
    /// Written and run once on the round-10 rules before any round-11 change, then tuned on.
    /// </summary>
    public static IReadOnlyList<LabelledResult> FifteenthTuningResults { get; } = Load<LabelledResult>("tune15-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> FifteenthTuningIndicators { get; } = Load<LabelledIndicator>("tune15-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, round 12, tuning: general classes behind the weak rows, in new wording — states the lists lack (someone
    /// to turn to, doing something oneself, taking part more often against a baseline), check-ups undergone, a change only
    /// in a zodat-clause, opening hours and letters, extra staff, budget and fte, vague aims with a number or horizon;
    /// indicators counting problems or events without a verb, story formats, fte and budget, timeliness shares and
    /// questions put to a service. Written and run once on the round-11 rules before any round-12 change, then tuned on.
    /// </summary>
    public static IReadOnlyList<LabelledResult> SixteenthTuningResults { get; } = Load<LabelledResult>("tune16-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> SixteenthTuningIndicators { get; } = Load<LabelledIndicator>("tune16-indicators.json", "indicators");

    /// <summary>
    /// Issue 15, round 15, tuning: the classes behind the indicator-type confusions of the first runs of batches 12-17
    /// in new wording — counted participants who reach a state, reports and incidents as the extent of a problem,
    /// residents with or without a situation, organisations taking part in any wording, timeliness in any wording,
    /// visiting ordinary activities, capacity, resources, stories — and the result classes behind batch 17's weaker rows.
    /// Written and run once on the round-14 rules before any round-15 change, then tuned on.
    /// </summary>
    public static IReadOnlyList<LabelledResult> SeventeenthTuningResults { get; } = Load<LabelledResult>("tune17-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> SeventeenthTuningIndicators { get; } = Load<LabelledIndicator>("tune17-indicators.json", "indicators");

    /// <summary>
    /// Held-out batch 12 (round 9): written and committed (5bc2ee3) by a separate helper that never read the coach's
    /// rules or lexicons and never ran the coach, before any round-9 rule was committed; the round-9 rules were written
    /// without it in their tree, frozen (99cfe88), and only then was it wired in and run once.
    /// </summary>
    public static IReadOnlyList<LabelledResult> TwelfthHoldoutResults { get; } = Load<LabelledResult>("holdout12-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> TwelfthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout12-indicators.json", "indicators");

    /// <summary>
    /// Held-out batch 13 (round 10): written and committed (ea41ee2) by a separate helper that never read the coach's
    /// rules or lexicons and never ran the coach, before any round-10 rule was committed; the round-10 rules were written
    /// without it in their tree, frozen (9e6064b), and only then was it wired in and run once.
    /// </summary>
    public static IReadOnlyList<LabelledResult> ThirteenthHoldoutResults { get; } = Load<LabelledResult>("holdout13-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> ThirteenthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout13-indicators.json", "indicators");

    /// <summary>
    /// Held-out batch 14 (round 11): written and committed (450c4be) by a separate helper that never read the coach's
    /// rules or lexicons and never ran the coach, before any round-11 rule reached main; the round-11 rules were written
    /// without it in their tree, frozen (0666764), and only then was it wired in and run once.
    /// </summary>
    public static IReadOnlyList<LabelledResult> FourteenthHoldoutResults { get; } = Load<LabelledResult>("holdout14-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> FourteenthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout14-indicators.json", "indicators");

    /// <summary>
    /// Held-out batch 15 (round 12): written and committed (d5baadf) by a separate helper that never read the coach's
    /// rules or lexicons and never ran the coach, before any round-12 rule reached main; the round-12 rules were written
    /// without it in their tree, frozen (584b3bf), and only then was it wired in and run once.
    /// </summary>
    public static IReadOnlyList<LabelledResult> FifteenthHoldoutResults { get; } = Load<LabelledResult>("holdout15-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> FifteenthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout15-indicators.json", "indicators");

    /// <summary>
    /// Held-out batch 16 (round 13): written and committed (584bddb) by a separate helper that never read the coach's
    /// rules or lexicons and never ran the coach, before any round-13 rule reached main; the round-13 rules were written
    /// without it in their tree, frozen (9aa476e), and only then was it wired in and run once.
    /// </summary>
    public static IReadOnlyList<LabelledResult> SixteenthHoldoutResults { get; } = Load<LabelledResult>("holdout16-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> SixteenthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout16-indicators.json", "indicators");

    /// <summary>
    /// Held-out batch 17 (round 14): written and committed (4331a69) by a separate helper that never read the coach's
    /// rules or lexicons and never ran the coach, before any round-14 rule reached main; the round-14 rules were written
    /// without it in their tree, frozen (8f38c58), and only then was it wired in and run once.
    /// </summary>
    public static IReadOnlyList<LabelledResult> SeventeenthHoldoutResults { get; } = Load<LabelledResult>("holdout17-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> SeventeenthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout17-indicators.json", "indicators");

    /// <summary>Held-out batch 18 (round 15): written by a separate helper that never read the rules, labelled blind by a second
    /// helper and adjudicated before any run, committed before the round-15 rules were frozen and run once after.</summary>
    public static IReadOnlyList<LabelledResult> EighteenthHoldoutResults { get; } = Load<LabelledResult>("holdout18-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> EighteenthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout18-indicators.json", "indicators");

    /// <summary>Held-out batch 19: a second unseen batch for the same frozen round-15 rules, written and labelled (twice, then
    /// adjudicated) after batch 18's run, with no rule change in between; run once.</summary>
    public static IReadOnlyList<LabelledResult> NineteenthHoldoutResults { get; } = Load<LabelledResult>("holdout19-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> NineteenthHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout19-indicators.json", "indicators");

    /// <summary>Held-out batch 20: written and labelled (twice, then adjudicated) while the round-16 rules were written in a tree
    /// without it; wired in after the freeze and run once.</summary>
    public static IReadOnlyList<LabelledResult> TwentiethHoldoutResults { get; } = Load<LabelledResult>("holdout20-results.json", "results");

    public static IReadOnlyList<LabelledIndicator> TwentiethHoldoutIndicators { get; } = Load<LabelledIndicator>("holdout20-indicators.json", "indicators");

    /// <summary>Every labelled result, tuning and held-out.</summary>
    /// <summary>The held-out batches in order: element 0 is batch 1. Wiring a new batch means adding it here.</summary>
    public static IReadOnlyList<IReadOnlyList<LabelledResult>> HoldoutResultBatches { get; } =
        [HoldoutResults, SecondHoldoutResults, ThirdHoldoutResults, FourthHoldoutResults, FifthHoldoutResults, SixthHoldoutResults, SeventhHoldoutResults, EighthHoldoutResults, NinthHoldoutResults, TenthHoldoutResults, EleventhHoldoutResults, TwelfthHoldoutResults, ThirteenthHoldoutResults, FourteenthHoldoutResults, FifteenthHoldoutResults, SixteenthHoldoutResults, SeventeenthHoldoutResults, EighteenthHoldoutResults, NineteenthHoldoutResults, TwentiethHoldoutResults];

    public static IReadOnlyList<IReadOnlyList<LabelledIndicator>> HoldoutIndicatorBatches { get; } =
        [HoldoutIndicators, SecondHoldoutIndicators, ThirdHoldoutIndicators, FourthHoldoutIndicators, FifthHoldoutIndicators, SixthHoldoutIndicators, SeventhHoldoutIndicators, EighthHoldoutIndicators, NinthHoldoutIndicators, TenthHoldoutIndicators, EleventhHoldoutIndicators, TwelfthHoldoutIndicators, ThirteenthHoldoutIndicators, FourteenthHoldoutIndicators, FifteenthHoldoutIndicators, SixteenthHoldoutIndicators, SeventeenthHoldoutIndicators, EighteenthHoldoutIndicators, NineteenthHoldoutIndicators, TwentiethHoldoutIndicators];

    public static IReadOnlyList<LabelledResult> AllResults { get; } =
        [.. Results, .. HoldoutResults, .. SecondHoldoutResults, .. ThirdTuningResults, .. ThirdHoldoutResults, .. FourthHoldoutResults, .. FifthTuningResults, .. FifthHoldoutResults, .. SixthHoldoutResults, .. NinthTuningResults, .. SeventhHoldoutResults, .. EighthHoldoutResults, .. NinthHoldoutResults, .. TenthHoldoutResults, .. EleventhHoldoutResults, .. ThirteenthTuningResults, .. TwelfthHoldoutResults, .. FourteenthTuningResults, .. ThirteenthHoldoutResults, .. FifteenthTuningResults, .. FourteenthHoldoutResults, .. SixteenthTuningResults, .. SeventeenthTuningResults, .. FifteenthHoldoutResults, .. SixteenthHoldoutResults, .. SeventeenthHoldoutResults, .. EighteenthHoldoutResults, .. NineteenthHoldoutResults, .. TwentiethHoldoutResults];

    public static IReadOnlyList<LabelledIndicator> AllIndicators { get; } =
        [.. Indicators, .. HoldoutIndicators, .. SecondHoldoutIndicators, .. ThirdTuningIndicators, .. ThirdHoldoutIndicators, .. FourthHoldoutIndicators, .. FifthTuningIndicators, .. FifthHoldoutIndicators, .. SixthHoldoutIndicators, .. NinthTuningIndicators, .. SeventhHoldoutIndicators, .. EighthHoldoutIndicators, .. NinthHoldoutIndicators, .. TenthHoldoutIndicators, .. EleventhHoldoutIndicators, .. ThirteenthTuningIndicators, .. TwelfthHoldoutIndicators, .. FourteenthTuningIndicators, .. ThirteenthHoldoutIndicators, .. FifteenthTuningIndicators, .. FourteenthHoldoutIndicators, .. SixteenthTuningIndicators, .. SeventeenthTuningIndicators, .. FifteenthHoldoutIndicators, .. SixteenthHoldoutIndicators, .. SeventeenthHoldoutIndicators, .. EighteenthHoldoutIndicators, .. NineteenthHoldoutIndicators, .. TwentiethHoldoutIndicators];

    private static List<T> Load<T>(string file, string property)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Labelled", file);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        return root[property]!.Deserialize<List<T>>(Options)!;
    }
}
