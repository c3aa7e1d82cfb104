using System.Globalization;
using System.Text.Json;
using WorkshopBot.Application.Projections;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;
using static WorkshopBot.Cards.Building.Chrome;
using static WorkshopBot.Cards.Building.StepActions;

namespace WorkshopBot.Cards;

// The working surface in chat for one step of one werkgroep.
public static class StepCard
{
    // How many notes the card lists (own first, at most OwnNoteBudget of those) before "… en N meer" and the
    // board link. Eight notes keep the card about one screen in a meeting; the board shows them all. The
    // smaller steps are only for very long texts that would push the card past Teams' size limit.
    public const int NoteBudget = 8;
    public const int OwnNoteBudget = 5;
    public const int ItemBudget = 8;
    private static readonly int[] NoteLimits = [NoteBudget, 5, 3, 1, 0];

    public static JsonObject Build(StepCardView view, Language language)
    {
        if (!CompassSteps.IsValid(view.Step))
        {
            throw new ArgumentOutOfRangeException(nameof(view), view.Step, "A compass step is 1 to 6.");
        }

        var t = CardText.For(language);
        var ranked = Rank(view);
        return CardBudget.Fit(NoteLimits, limit => Build(view, t, ranked, limit, Math.Min(ItemBudget, Math.Max(limit, 1))));
    }

    private static IReadOnlyList<NoteView> Rank(StepCardView view) =>
        StepNoteOrder.Rank(view.Notes, view.Voting is not null, note => note.Votes ?? 0, note => note.ClusterLabel, note => note.CreatedAt, note => note.NoteId);

    // The moderator's controls come right under the heading (she runs the meeting from them), then the
    // question, the step's items, the compact note list and the forms.
    private static JsonObject Build(StepCardView view, CardText t, IReadOnlyList<NoteView> ranked, int noteLimit, int itemLimit)
    {
        var step = t.Step(view.Step);
        var viewer = view.Viewer;
        var isOpen = view.State == StepStatus.Open;
        var isModerator = viewer?.IsModerator == true;
        var (own, others) = StepNotes.Select(view, ranked, noteLimit, OwnNoteBudget);

        var body = new List<JsonNode?>
        {
            Ac.Text(Format(t.WerkgroepLineFormat, Esc(view.WerkgroepName))
                + (string.IsNullOrWhiteSpace(view.TrajectName) ? string.Empty : " · " + Esc(view.TrajectName)),
                subtle: true, size: "Small"),
            Ac.Heading(Format(t.StepHeadingFormat, view.Step, step.Name), "Large"),
            Badges(view, t),
            isOpen ? null : ClosedNotice(view, isModerator, t),
            isModerator ? StepModeratorControls.Section(view, [.. own, .. others], t) : null,
            Ac.Text(step.Question, weight: "Bolder", separator: isModerator),
            Ac.Container(
                [
                    Ac.Text(Format(t.GoodAnswerFormat, step.Explanation), size: "Small"),
                    Ac.Text(Format(t.ExampleFormat, step.Example), size: "Small", subtle: true),
                ],
                style: "emphasis"),
            StepItems.Section(view, itemLimit, t),
            Ac.Text(NoteCount(view, t), subtle: true, separator: true),
            StepNotes.List(view, own, others, isModerator, t),
            isOpen ? AddNotesForm(view, t) : null,
            isOpen ? ProposeActions(view, t) : null,
            view.Step == CompassSteps.Last ? MonitoringAction(view, t) : null,
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
        var listed = StepNotes.TotalsOf(view);
        var (notes, authors) = view.SilentBrainstorm && view.Viewer?.IsModerator != false
            ? (view.StepTotal.Notes, view.StepTotal.Authors)
            : (listed.Visible, listed.VisibleAuthors);
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

    // Step 6 goes on after the meeting: the overview comes as a new message (Action.Submit), so the
    // shared step card stays as it is for everyone else.
    private static JsonObject? MonitoringAction(StepCardView view, CardText t)
    {
        var data = StepData(view);
        data["verb"] = CardVerbs.ShowMonitoring;
        return Ac.Actions([new JsonObject { ["type"] = "Action.Submit", ["title"] = t.OpenMonitoring, ["data"] = data }]);
    }

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
