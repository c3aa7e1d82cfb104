using System.Globalization;
using System.Text.Json;
using WorkshopBot.Domain.Werkgroepen;
using static WorkshopBot.Cards.Building.Chrome;
using static WorkshopBot.Cards.Building.StepActions;

namespace WorkshopBot.Cards.Building;

// The moderator's section of the step card: open/close/lock the step, silent brainstorm, timer,
// voting round, go to another step and merge notes.
internal static class StepModeratorControls
{
    private static readonly int[] TimerMinutes = [2, 3, 5, 10, 15, 20, 30];
    private const int MaxDots = 10;
    private const int DefaultDots = 3;

    public static JsonObject Section(StepCardView view, IReadOnlyList<NoteView> shown, CardText t)
    {
        JsonObject Direct(string title, string verb, string? style = null) =>
            Ac.Execute(title, verb, BoardData(view), style: style, withInputs: false);

        var stateActions = new List<JsonNode?>();
        switch (view.State)
        {
            case StepStatus.Open:
                stateActions.Add(Direct(t.CloseStep, CardVerbs.CloseStep));
                stateActions.Add(Direct(t.LockStep, CardVerbs.LockStep, "destructive"));
                break;
            case StepStatus.Closed:
                stateActions.Add(Direct(t.OpenStep, CardVerbs.OpenStep, "positive"));
                stateActions.Add(Direct(t.LockStep, CardVerbs.LockStep, "destructive"));
                break;
            default:
                stateActions.Add(Direct(t.UnlockStep, CardVerbs.OpenStep, "positive"));
                break;
        }

        stateActions.Add(view.SilentBrainstorm
            ? Direct(t.Reveal, CardVerbs.RevealNotes, "positive")
            : Direct(t.StartSilent, CardVerbs.StartSilent));

        var roundActions = new List<JsonNode?>
        {
            view.TimerEndsAt is null
                ? Ac.ShowCard(t.StartTimer, Ac.SubCard(
                    [Ac.ChoiceSet(CardInputs.TimerMinutes, t.TimerMinutesLabel,
                        TimerMinutes.Select(m => (Format(t.MinutesFormat, m), m.ToString(CultureInfo.InvariantCulture))), value: "5")],
                    [Ac.Execute(t.Start, CardVerbs.StartTimer, BoardData(view), style: "positive")]))
                : Direct(t.StopTimer, CardVerbs.StopTimer),
            view.Voting is null
                ? Ac.ShowCard(t.StartVoting, Ac.SubCard(
                    [Ac.ChoiceSet(CardInputs.VotingDots, t.DotsPerPersonLabel,
                        Enumerable.Range(1, MaxDots).Select(d => (d.ToString(CultureInfo.InvariantCulture), d.ToString(CultureInfo.InvariantCulture))),
                        value: DefaultDots.ToString(CultureInfo.InvariantCulture)),
                     Ac.Toggle(CardInputs.VotingShowCounts, t.ShowVoteCountsLabel, t.ShowVoteCountsTitle, value: false)],
                    [Ac.Execute(t.Start, CardVerbs.StartVoting, BoardData(view), style: "positive")]))
                : Ac.Execute(t.CloseVoting, CardVerbs.CloseVoting, BoardData(view).With(CardDataKeys.RoundId, view.Voting.RoundId), withInputs: false),
            Ac.ShowCard(t.GoToStep, Ac.SubCard(
                [Ac.ChoiceSet(CardInputs.GoToStep, t.GoToStepLabel, StepChoices(t),
                    value: Math.Min(view.Step + 1, CompassSteps.Last).ToString(CultureInfo.InvariantCulture))],
                [Ac.Execute(t.Go, CardVerbs.GoToStep, BoardData(view), style: "positive")])),
            MergeAction(view, shown, t),
        };

        return Ac.Container(
            [
                Ac.Text(t.ModeratorHeading, weight: "Bolder"),
                Ac.Actions(stateActions),
                Ac.Actions(roundActions),
            ],
            style: "emphasis",
            separator: true)!;
    }

    // Each shown note appears twice in the merge form (target and sources).
    public static int MergeChoiceBytes(NoteView note) =>
        2 * (JsonEncodedText.Encode(Truncate(note.Text, 80)).EncodedUtf8Bytes.Length + JsonEncodedText.Encode(note.NoteId).EncodedUtf8Bytes.Length + 24);

    private static JsonObject? MergeAction(StepCardView view, IReadOnlyList<NoteView> shown, CardText t)
    {
        var candidates = shown.Where(n => !n.Promoted).ToList();
        if (candidates.Count < 2)
        {
            return null;
        }

        var choices = candidates.Select(n => (Truncate(n.Text, 80), n.NoteId)).ToList();
        return Ac.ShowCard(t.Merge, Ac.SubCard(
            [
                Ac.ChoiceSet(CardInputs.MergeTargetNoteId, t.MergeTargetLabel, choices, required: true, errorMessage: t.MergeTargetRequired),
                Ac.ChoiceSet(CardInputs.MergeSourceNoteIds, t.MergeSourcesLabel, choices, multiSelect: true, expanded: false,
                    required: true, errorMessage: t.MergeSourcesRequired),
            ],
            [Ac.Execute(t.Merge, CardVerbs.MergeNotes, BoardData(view), style: "positive")]));
    }

    // Choice titles are plain text (no markdown), so they only need shortening.
    private static string Truncate(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
