using System.Globalization;
using System.Text.Json;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;
using static WorkshopBot.Cards.Building.Chrome;
using static WorkshopBot.Cards.Building.StepActions;

namespace WorkshopBot.Cards;

// The working surface in chat for one step of one werkgroep.
public static class StepCard
{
    // How many of the group's notes (in card order, see Rank) the card tries to show before it links to the board.
    private static readonly int[] NoteLimits = [40, 30, 20, 12, 6, 0];
    // The viewer's own notes (each with an edit box) may use at most this share of the card.
    private static readonly int[] OwnNoteLimits = [15, 8, 4, 2, 0];
    private const int OwnNotesBudgetBytes = CardLimits.TargetCardBytes * 3 / 5;

    public static JsonObject Build(StepCardView view, Language language)
    {
        if (!CompassSteps.IsValid(view.Step))
        {
            throw new ArgumentOutOfRangeException(nameof(view), view.Step, "A compass step is 1 to 6.");
        }

        var t = CardText.For(language);
        var ranked = Rank(view);

        // Size the card in one pass instead of rebuilding it per limit: measure the card without the
        // group's notes, then add notes (in card order) while their measured size fits the budget.
        var ownLimit = OwnNoteLimits[0];
        var baseSize = 0;
        foreach (var limit in OwnNoteLimits)
        {
            ownLimit = limit;
            baseSize = CardJson.SizeInBytes(Build(view, t, ranked, 0, null, ownLimit));
            if (baseSize <= OwnNotesBudgetBytes)
            {
                break;
            }
        }

        if (view.SilentBrainstorm || ranked.Count == 0)
        {
            return Build(view, t, ranked, 0, null, ownLimit);
        }

        var isModerator = view.Viewer?.IsModerator == true;
        var remaining = CardLimits.TargetCardBytes - baseSize - GroupOverheadBytes;
        var elements = new List<JsonObject>();
        var clusters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var note in ranked.Take(NoteLimits[0]))
        {
            var element = StepNotes.GroupNote(view, note, isModerator, t);
            var cost = CardJson.SizeInBytes(element) + 1
                + (clusters.Add(note.ClusterLabel?.Trim() ?? string.Empty) ? ClusterHeadingBytes : 0)
                + (isModerator ? StepModeratorControls.MergeChoiceBytes(note) : 0);
            if (cost > remaining)
            {
                break;
            }

            remaining -= cost;
            elements.Add(element);
        }

        var card = Build(view, t, ranked, elements.Count, elements, ownLimit);
        if (CardJson.SizeInBytes(card) <= CardLimits.TargetCardBytes)
        {
            return card;
        }

        // The estimate was off (very long texts, multi-byte characters): step down the safe way.
        var fallback = NoteLimits.Where(l => l < elements.Count).ToList();
        return CardBudget.Fit(fallback.Count == 0 ? [0] : fallback, limit => Build(view, t, ranked, limit, null, ownLimit));
    }

    // Heading, "en nog X notities" line and board link around the group's notes.
    private const int GroupOverheadBytes = 600;
    private const int ClusterHeadingBytes = 160;

    // While a voting round on the step is open the order must not depend on votes: a list that re-sorts
    // after every dot moves the buttons under the cursor (issue 12). Then the order is cluster (unclustered
    // last), then creation; otherwise most votes first, ties keeping the board's order. Deterministic either way.
    private static IReadOnlyList<NoteView> Rank(StepCardView view) =>
        view.Voting is null
            ? view.Notes.Select((note, index) => (note, index))
                .OrderByDescending(x => x.note.Votes ?? 0)
                .ThenBy(x => x.index)
                .Select(x => x.note)
                .ToList()
            : view.Notes
                .OrderBy(note => string.IsNullOrWhiteSpace(note.ClusterLabel) ? 1 : 0)
                .ThenBy(note => note.ClusterLabel?.Trim() ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(note => note.CreatedAt)
                .ThenBy(note => note.NoteId, StringComparer.Ordinal)
                .ToList();

    private static JsonObject Build(StepCardView view, CardText t, IReadOnlyList<NoteView> ranked, int noteLimit,
        IReadOnlyList<JsonObject>? prebuilt, int ownLimit)
    {
        var step = t.Step(view.Step);
        var viewer = view.Viewer;
        var isOpen = view.State == StepStatus.Open;
        var isModerator = viewer?.IsModerator == true;
        var shown = view.SilentBrainstorm ? [] : ranked.Take(noteLimit).ToList();

        var body = new List<JsonNode?>
        {
            Ac.Text(Format(t.WerkgroepLineFormat, Esc(view.WerkgroepName))
                + (string.IsNullOrWhiteSpace(view.TrajectName) ? string.Empty : " · " + Esc(view.TrajectName)),
                subtle: true, size: "Small"),
            Ac.Heading(Format(t.StepHeadingFormat, view.Step, step.Name), "Large"),
            Badges(view, t),
            Ac.Text(step.Question, weight: "Bolder"),
            Ac.Container(
                [
                    Ac.Text(Format(t.GoodAnswerFormat, step.Explanation), size: "Small"),
                    Ac.Text(Format(t.ExampleFormat, step.Example), size: "Small", subtle: true),
                ],
                style: "emphasis"),
            isOpen ? null : ClosedNotice(view, isModerator, t),
            Ac.Text(NoteCount(view, t), subtle: true, separator: true),
            viewer is null ? null : StepNotes.OwnNotes(view, viewer, isOpen, ownLimit, t),
            view.SilentBrainstorm
                ? Ac.Text(t.SilentHidesNotes, subtle: true)
                : StepNotes.GroupNotes(view, shown, prebuilt, ranked.Count, isModerator, t),
            isOpen ? AddNotesForm(view, t) : null,
            isOpen ? ProposeActions(view, t) : null,
            isModerator ? StepModeratorControls.Section(view, shown, t) : null,
        };

        var actions = new List<JsonNode?>
        {
            BoardLink(view.BoardUrl, t),
            ManualRefresh(view.Audience, CardVerbs.RefreshStep, () => StepData(view), t),
        };

        return Ac.Card(body, actions, Refresh(view.Audience, CardVerbs.RefreshStep, () => StepData(view)));
    }

    private static JsonObject Badges(StepCardView view, CardText t)
    {
        var badges = new List<(string Text, string Color)>
        {
            view.State switch
            {
                StepStatus.Open => (t.BadgeOpen, "Good"),
                StepStatus.Closed => (t.BadgeClosed, "Warning"),
                _ => (t.BadgeLocked, "Attention"),
            },
        };
        if (view.SilentBrainstorm)
        {
            badges.Add((t.BadgeSilent, "Accent"));
        }

        if (view.TimerEndsAt is { } endsAt)
        {
            badges.Add((Format(t.BadgeTimerFormat, Time(endsAt)), "Accent"));
        }

        if (view.Voting is { } voting)
        {
            badges.Add((view.Viewer is null
                ? Format(t.BadgeVotingFormat, voting.DotsPerPerson)
                : Format(t.BadgeVotingDotsLeftFormat, voting.DotsLeftForViewer, voting.DotsPerPerson), "Accent"));
        }

        return Ac.Columns(badges
            .Select(b => Ac.Column([Ac.Text(b.Text, weight: "Bolder", color: b.Color, size: "Small")], width: "auto"))
            .ToArray());
    }

    private static JsonObject ClosedNotice(StepCardView view, bool isModerator, CardText t)
    {
        var message = isModerator
            ? Format(view.State == StepStatus.Locked ? t.StepLockedModeratorFormat : t.StepClosedModeratorFormat, view.Step)
            : Format(view.State == StepStatus.Locked ? t.StepLockedFormat : t.StepClosedFormat, view.Step);
        return Ac.Container([Ac.Text(message)], style: "warning")!;
    }

    // During a silent brainstorm a participant counts their own notes; the moderator and the shared card
    // count the whole group's, hidden ones included (numbers only, never texts).
    private static string NoteCount(StepCardView view, CardText t)
    {
        var (notes, authors) = view.SilentBrainstorm && view.Viewer?.IsModerator != false
            ? (view.StepTotal.Notes, view.StepTotal.Authors)
            : (view.Notes.Count, view.Notes.Select(n => n.AuthorUserId).Distinct(StringComparer.Ordinal).Count());
        return notes == 0
            ? t.NoNotesYet
            : Format(t.NoteCountFormat, Count(notes, t.NoteOne, t.NoteMany), Count(authors, t.ParticipantOne, t.ParticipantMany));
    }

    private static JsonObject AddNotesForm(StepCardView view, CardText t) =>
        Ac.Container(
            [
                Ac.InputText(CardInputs.NewNotes, t.NewNotesLabel, placeholder: Format(t.NewNotesPlaceholderFormat, CardLimits.MaxNoteLength),
                    multiline: true, maxLength: CardLimits.MaxNewNotesInputLength),
                Ac.Actions([Ac.Execute(t.AddNotes, CardVerbs.AddNotes, BoardData(view), style: "positive")]),
            ],
            separator: true)!;

    private static JsonObject? ProposeActions(StepCardView view, CardText t)
    {
        // A dialog: typing in the shared card would be wiped by the next shared update (DialogCards).
        JsonObject Propose(string title, FormalItemKind kind) => DialogCards.Open(title, CardVerbs.ShowProposeForm,
            StepData(view).With(CardDataKeys.ItemKind, CardValues.ToWire(kind)));

        return Ac.Actions(
            [
                Propose(t.ProposeResult, FormalItemKind.Result),
                Propose(t.ProposeIndicator, FormalItemKind.Indicator),
                Propose(t.ProposeActivity, FormalItemKind.Activity),
                view.Step == 4 ? Propose(t.ProposeQualityAgreement, FormalItemKind.QualityAgreement) : null,
            ]);
    }

}
