using System.Globalization;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;
using static WorkshopBot.Cards.Building.Chrome;
using static WorkshopBot.Cards.Building.StepActions;

namespace WorkshopBot.Cards.Building;

// The notes on the step card: the viewer's own (editable while the step is open) and the group's,
// clustered, with voting and the moderator's move/promote form.
internal static class StepNotes
{
    public static JsonObject? OwnNotes(StepCardView view, CardViewer viewer, bool isOpen, int ownLimit, CardText t)
    {
        var own = view.Notes.Where(n => string.Equals(n.AuthorUserId, viewer.UserId, StringComparison.Ordinal)).ToList();
        if (own.Count == 0)
        {
            return null;
        }

        var items = new List<JsonNode?> { Ac.Text(Format(t.OwnNotesFormat, own.Count), weight: "Bolder") };
        foreach (var note in own.Take(ownLimit))
        {
            items.Add(Ac.Text(Esc(note.Text), separator: true));
            if (isOpen && !note.Promoted)
            {
                var editCard = Ac.SubCard(
                    [Ac.InputText(CardInputs.EditNoteText(note.NoteId), t.EditNoteLabel, value: note.Text, maxLength: CardLimits.MaxNoteLength,
                        required: true, errorMessage: t.NoteRequired)],
                    [Ac.Execute(t.Save, CardVerbs.EditNote, NoteData(view, note), style: "positive")]);
                items.Add(Ac.Actions(
                    [
                        Ac.ShowCard(t.Edit, editCard),
                        Ac.Execute(t.Delete, CardVerbs.DeleteNote, NoteData(view, note), style: "destructive", withInputs: false),
                    ], spacing: "Small"));
            }
        }

        if (own.Count > ownLimit)
        {
            items.Add(Ac.Text(Format(t.MoreOwnNotesFormat, own.Count - ownLimit), subtle: true));
        }

        return Ac.Container(items, separator: true);
    }

    public static JsonObject? GroupNotes(StepCardView view, IReadOnlyList<NoteView> shown, IReadOnlyList<JsonObject>? prebuilt, int total,
        bool isModerator, CardText t)
    {
        if (total == 0)
        {
            return null;
        }

        var items = new List<JsonNode?> { Ac.Text(t.GroupNotesHeading, weight: "Bolder") };
        var clusters = shown
            .Select((note, index) => (note, element: prebuilt?[index]))
            .GroupBy(x => string.IsNullOrWhiteSpace(x.note.ClusterLabel) ? null : x.note.ClusterLabel.Trim())
            .OrderBy(g => g.Key is null ? 1 : 0);
        foreach (var cluster in clusters)
        {
            items.Add(Ac.Text(cluster.Key is null ? t.NoCluster : Esc(cluster.Key), color: "Accent", weight: "Bolder", spacing: "Medium"));
            foreach (var (note, element) in cluster)
            {
                items.Add(element ?? GroupNote(view, note, isModerator, t));
            }
        }

        var hidden = total - shown.Count;
        if (hidden > 0)
        {
            items.Add(Ac.Text(Format(t.MoreNotesFormat, hidden), subtle: true, spacing: "Medium"));
            if (!string.IsNullOrWhiteSpace(view.BoardUrl))
            {
                items.Add(Ac.Actions([Ac.OpenUrl(t.ViewBoard, view.BoardUrl)]));
            }
        }

        return Ac.Container(items, separator: true);
    }

    public static JsonObject GroupNote(StepCardView view, NoteView note, bool isModerator, CardText t)
    {
        var meta = new List<string>();
        if (!string.IsNullOrWhiteSpace(note.AuthorOrganisation))
        {
            meta.Add(Esc(note.AuthorOrganisation));
        }

        if (note.Votes is { } votes)
        {
            meta.Add(Count(votes, t.VoteOne, t.VoteMany));
        }

        if (view.Voting is not null && note.ViewerVotes > 0)
        {
            meta.Add(Count(note.ViewerVotes, t.OwnDotOne, t.OwnDotMany));
        }
        if (note.Promoted)
        {
            meta.Add(t.NotePromoted);
        }

        var actions = new List<JsonNode?>();
        if (view.Voting is { } voting && view.Viewer is not null && view.State == StepStatus.Open && !note.Promoted)
        {
            actions.Add(Ac.Execute(t.Vote, CardVerbs.CastVote,
                NoteData(view, note).With(CardDataKeys.RoundId, voting.RoundId), enabled: voting.DotsLeftForViewer > 0, withInputs: false));
            if (note.ViewerVotes > 0)
            {
                actions.Add(Ac.Execute(t.RetractVote, CardVerbs.RetractVote,
                    NoteData(view, note).With(CardDataKeys.RoundId, voting.RoundId), withInputs: false));
            }
        }

        if (isModerator)
        {
            var manage = Ac.SubCard(
                [
                    Ac.ChoiceSet(CardInputs.MoveToStep(note.NoteId), t.MoveToStepLabel, StepChoices(t),
                        value: view.Step.ToString(CultureInfo.InvariantCulture)),
                    Ac.Actions([Ac.Execute(t.Move, CardVerbs.MoveNote, NoteData(view, note))]),
                    Ac.ChoiceSet(CardInputs.PromoteKind(note.NoteId), t.PromoteToLabel, KindChoices(t), value: CardValues.ToWire(FormalItemKinds.ForStep(view.Step))),
                    Ac.Actions([Ac.Execute(t.Promote, CardVerbs.PromoteNote, NoteData(view, note), style: "positive")]),
                ]);
            actions.Add(Ac.ShowCard(t.Manage, manage));
        }

        return Ac.Container(
            [
                Ac.Text(Esc(note.Text)),
                .. note.MergedTexts.Select(merged => Ac.Text(Format(t.MergedNoteFormat, Esc(merged)), size: "Small", spacing: "None")),
                meta.Count == 0 ? null : Ac.Text(string.Join(" · ", meta), subtle: true, size: "Small", spacing: "None"),
                Ac.Actions(actions, spacing: "Small"),
            ],
            separator: true)!;
    }
}
