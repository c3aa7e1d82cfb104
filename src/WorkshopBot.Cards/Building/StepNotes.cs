using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;
using static WorkshopBot.Cards.Building.Chrome;
using static WorkshopBot.Cards.Building.StepActions;

namespace WorkshopBot.Cards.Building;

// The notes on the step card: the viewer's own (editable while the step is open) and the group's,
// clustered, with voting and buttons that open the edit, move and promote dialogs; one compact, bounded list.
internal static class StepNotes
{
    // The compact note list: the viewer's own notes first (at most OwnBudget), then the group's notes in
    // card order up to the budget, then "… en N meer" with the board link. Bounded whatever the group writes,
    // so the card stays short enough for a live meeting (issue 12, finding 9).
    public static (List<NoteView> Own, List<NoteView> Others) Select(StepCardView view, IReadOnlyList<NoteView> ranked, int budget, int ownBudget)
    {
        var viewerId = view.Viewer?.UserId;
        var own = ranked.Where(n => viewerId is not null && string.Equals(n.AuthorUserId, viewerId, StringComparison.Ordinal))
            .Take(Math.Min(ownBudget, budget)).ToList();
        var others = view.SilentBrainstorm
            ? []
            : ranked.Where(n => viewerId is null || !string.Equals(n.AuthorUserId, viewerId, StringComparison.Ordinal))
                .Take(budget - own.Count).ToList();
        return (own, others);
    }

    // The view's totals, or counted on its notes when it holds them all.
    public static NoteListTotals TotalsOf(StepCardView view) =>
        view.Totals ?? new NoteListTotals(
            view.Notes.Count,
            view.Viewer is null ? 0 : view.Notes.Count(n => string.Equals(n.AuthorUserId, view.Viewer.UserId, StringComparison.Ordinal)),
            view.Notes.Select(n => n.AuthorUserId).Distinct(StringComparer.Ordinal).Count());

    public static JsonObject? List(StepCardView view, List<NoteView> own, List<NoteView> others, bool isModerator, CardText t)
    {
        var items = new List<JsonNode?>();
        var totals = TotalsOf(view);
        var ownTotal = totals.Own;
        if (own.Count > 0)
        {
            items.Add(Ac.Text(Format(t.OwnNotesFormat, ownTotal), weight: "Bolder"));
            items.AddRange(own.Select(note => GroupNote(view, note, isModerator, t)));
        }

        if (view.SilentBrainstorm)
        {
            items.Add(Ac.Text(t.SilentHidesNotes, subtle: true, separator: own.Count > 0));
        }
        else if (others.Count > 0)
        {
            items.Add(Ac.Text(t.GroupNotesHeading, weight: "Bolder", spacing: "Medium"));
            var clusters = others
                .GroupBy(note => string.IsNullOrWhiteSpace(note.ClusterLabel) ? null : note.ClusterLabel.Trim())
                .OrderBy(g => g.Key is null ? 1 : 0);
            foreach (var cluster in clusters)
            {
                items.Add(Ac.Text(cluster.Key is null ? t.NoCluster : Esc(cluster.Key), color: "Accent", weight: "Bolder", size: "Small", spacing: "Small"));
                items.AddRange(cluster.Select(note => GroupNote(view, note, isModerator, t)));
            }
        }

        var hidden = view.SilentBrainstorm ? ownTotal - own.Count : totals.Visible - own.Count - others.Count;
        if (hidden > 0)
        {
            items.Add(Ac.Text(Format(t.MoreNotesFormat, hidden), subtle: true, spacing: "Medium"));
            if (!string.IsNullOrWhiteSpace(view.BoardUrl))
            {
                items.Add(Ac.Actions([Ac.OpenUrl(t.ViewBoard, view.BoardUrl)]));
            }
        }

        return items.Count == 0 ? null : Ac.Container(items, separator: true);
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

        // Editing, moving and promoting open dialogs (EditNoteForm, MoveNoteForm, PromoteForm): a form inside this
        // shared card would be wiped by the next note anyone adds, and the card stays short.
        var isOwn = view.Viewer is { } viewer && string.Equals(note.AuthorUserId, viewer.UserId, StringComparison.Ordinal);
        if (isOwn && view.State == StepStatus.Open && !note.Promoted)
        {
            actions.Add(DialogCards.Open(t.Edit, CardVerbs.ShowEditNoteForm, NoteData(view, note)));
            actions.Add(Ac.Execute(t.Delete, CardVerbs.DeleteNote, NoteData(view, note), style: "destructive", withInputs: false));
        }

        if (isModerator)
        {
            actions.Add(DialogCards.Open(t.Move, CardVerbs.ShowMoveNoteForm, NoteData(view, note)));
            if (!note.Promoted)
            {
                actions.Add(DialogCards.Open(t.Promote, CardVerbs.ShowPromoteForm, NoteData(view, note), style: "positive"));
            }
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
