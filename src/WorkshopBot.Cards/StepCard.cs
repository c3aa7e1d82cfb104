using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WorkshopBot.Cards.Building;
using WorkshopBot.Cards.Localization;
using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using static WorkshopBot.Cards.Building.Chrome;

namespace WorkshopBot.Cards;

// The working surface in chat for one step of one werkgroep.
public static class StepCard
{
    // How many of the group's notes (by votes) the card tries to show before it links to the board.
    private static readonly int[] NoteLimits = [40, 30, 20, 12, 6, 0];
    // The viewer's own notes (each with an edit box) may use at most this share of the card.
    private static readonly int[] OwnNoteLimits = [15, 8, 4, 2, 0];
    private const int OwnNotesBudgetBytes = CardLimits.TargetCardBytes * 3 / 5;
    private static readonly int[] TimerMinutes = [2, 3, 5, 10, 15, 20, 30];
    private const int MaxDots = 10;
    private const int DefaultDots = 3;

    public static JsonObject Build(StepCardView view, Language language)
    {
        if (!CompassSteps.IsValid(view.Step))
        {
            throw new ArgumentOutOfRangeException(nameof(view), view.Step, "A compass step is 1 to 6.");
        }

        var t = CardText.For(language);
        var ranked = Rank(view.Notes);

        // Size the card in one pass instead of rebuilding it per limit: measure the card without the
        // group's notes, then add notes (most votes first) while their measured size fits the budget.
        var ownLimit = OwnNoteLimits[0];
        var baseSize = 0;
        foreach (var limit in OwnNoteLimits)
        {
            ownLimit = limit;
            baseSize = CardJson.SizeInBytes(Build(view, language, t, ranked, 0, null, ownLimit));
            if (baseSize <= OwnNotesBudgetBytes)
            {
                break;
            }
        }

        if (view.SilentBrainstorm || ranked.Count == 0)
        {
            return Build(view, language, t, ranked, 0, null, ownLimit);
        }

        var isModerator = view.Viewer?.IsModerator == true;
        var remaining = CardLimits.TargetCardBytes - baseSize - GroupOverheadBytes;
        var elements = new List<JsonObject>();
        var clusters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var note in ranked.Take(NoteLimits[0]))
        {
            var element = GroupNote(view, note, isModerator, language, t);
            var cost = CardJson.SizeInBytes(element) + 1
                + (clusters.Add(note.ClusterLabel?.Trim() ?? string.Empty) ? ClusterHeadingBytes : 0)
                + (isModerator ? MergeChoiceBytes(note) : 0);
            if (cost > remaining)
            {
                break;
            }

            remaining -= cost;
            elements.Add(element);
        }

        var card = Build(view, language, t, ranked, elements.Count, elements, ownLimit);
        if (CardJson.SizeInBytes(card) <= CardLimits.TargetCardBytes)
        {
            return card;
        }

        // The estimate was off (very long texts, multi-byte characters): step down the safe way.
        var fallback = NoteLimits.Where(l => l < elements.Count).ToList();
        return CardBudget.Fit(fallback.Count == 0 ? [0] : fallback, limit => Build(view, language, t, ranked, limit, null, ownLimit));
    }

    // Heading, "en nog X notities" line and board link around the group's notes.
    private const int GroupOverheadBytes = 600;
    private const int ClusterHeadingBytes = 160;

    // Each shown note appears twice in the merge form (target and sources).
    private static int MergeChoiceBytes(NoteView note) =>
        2 * (JsonEncodedText.Encode(Truncate(note.Text, 80)).EncodedUtf8Bytes.Length + JsonEncodedText.Encode(note.NoteId).EncodedUtf8Bytes.Length + 24);

    // Most votes first; ties keep the board's order, so the card is deterministic.
    private static IReadOnlyList<NoteView> Rank(IReadOnlyList<NoteView> notes) =>
        notes.Select((note, index) => (note, index))
            .OrderByDescending(x => x.note.Votes)
            .ThenBy(x => x.index)
            .Select(x => x.note)
            .ToList();

    private static JsonObject Build(StepCardView view, Language language, CardText t, IReadOnlyList<NoteView> ranked, int noteLimit,
        IReadOnlyList<JsonObject>? prebuilt, int ownLimit)
    {
        var step = CompassSteps.Get(view.Step, language);
        var viewer = view.Viewer;
        var isOpen = view.State == StepStatus.Open;
        var isModerator = viewer?.IsModerator == true;
        var shown = view.SilentBrainstorm ? [] : ranked.Take(noteLimit).ToList();

        var body = new List<JsonNode?>
        {
            Ac.Text(Format(t.WerkgroepLineFormat, Esc(view.WerkgroepName))
                + (string.IsNullOrWhiteSpace(view.TrajectName) ? string.Empty : " · " + Esc(view.TrajectName)),
                subtle: true, size: "Small"),
            Ac.Heading(Format(t.StepHeadingFormat, step.Number, step.Name), "Large"),
            Badges(view, t),
            Ac.Text(step.Question, weight: "Bolder"),
            Ac.Container(
                [
                    Ac.Text(Format(t.GoodAnswerFormat, step.Explanation), size: "Small"),
                    Ac.Text(Format(t.ExampleFormat, step.Example), size: "Small", subtle: true),
                ],
                style: "emphasis"),
            isOpen ? null : ClosedNotice(view, isModerator, t),
            Ac.Text(NoteCount(view.Notes, t), subtle: true, separator: true),
            viewer is null ? null : OwnNotes(view, viewer, isOpen, ownLimit, t),
            view.SilentBrainstorm
                ? Ac.Text(t.SilentHidesNotes, subtle: true)
                : GroupNotes(view, shown, prebuilt, ranked.Count, isModerator, language, t),
            isOpen ? AddNotesForm(view, t) : null,
            isOpen ? ProposeActions(view, t) : null,
            isModerator ? ModeratorSection(view, shown, t) : null,
        };

        var actions = new List<JsonNode?>
        {
            BoardLink(view.BoardUrl, t),
            ManualRefresh(view.Audience, CardVerbs.RefreshStep, () => StepData(view), t),
        };

        return Ac.Card(body, actions, Refresh(view.Audience, CardVerbs.RefreshStep, () => StepData(view)));
    }

    private static JsonObject StepData(StepCardView view) =>
        Ac.Data((CardDataKeys.WerkgroepId, view.WerkgroepId), (CardDataKeys.Step, view.Step));

    private static JsonObject BoardData(StepCardView view, params (string Key, JsonNode? Value)[] extra) =>
        Ac.Data(
            [
                (CardDataKeys.WerkgroepId, view.WerkgroepId),
                (CardDataKeys.Step, view.Step),
                (CardDataKeys.BoardVersion, view.BoardVersion),
                .. extra,
            ]);

    private static JsonObject NoteData(StepCardView view, NoteView note) =>
        BoardData(view, (CardDataKeys.NoteId, note.NoteId), (CardDataKeys.NoteVersion, note.Version));

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

    private static string NoteCount(IReadOnlyList<NoteView> notes, CardText t)
    {
        var authors = notes.Select(n => n.AuthorUserId).Distinct(StringComparer.Ordinal).Count();
        return notes.Count == 0
            ? t.NoNotesYet
            : Format(t.NoteCountFormat, Count(notes.Count, t.NoteOne, t.NoteMany), Count(authors, t.ParticipantOne, t.ParticipantMany));
    }

    private static JsonObject? OwnNotes(StepCardView view, CardViewer viewer, bool isOpen, int ownLimit, CardText t)
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

    private static JsonObject? GroupNotes(StepCardView view, IReadOnlyList<NoteView> shown, IReadOnlyList<JsonObject>? prebuilt, int total,
        bool isModerator, Language language, CardText t)
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
                items.Add(element ?? GroupNote(view, note, isModerator, language, t));
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

    private static JsonObject GroupNote(StepCardView view, NoteView note, bool isModerator, Language language, CardText t)
    {
        var meta = new List<string>();
        if (!string.IsNullOrWhiteSpace(note.AuthorOrganisation))
        {
            meta.Add(Esc(note.AuthorOrganisation));
        }

        meta.Add(Count(note.Votes, t.VoteOne, t.VoteMany));
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
                    Ac.ChoiceSet(CardInputs.MoveToStep(note.NoteId), t.MoveToStepLabel, StepChoices(language),
                        value: view.Step.ToString(CultureInfo.InvariantCulture)),
                    Ac.Actions([Ac.Execute(t.Move, CardVerbs.MoveNote, NoteData(view, note))]),
                    Ac.ChoiceSet(CardInputs.PromoteKind(note.NoteId), t.PromoteToLabel, KindChoices(t), value: CardValues.Result),
                    Ac.Actions([Ac.Execute(t.Promote, CardVerbs.PromoteNote, NoteData(view, note), style: "positive")]),
                ]);
            actions.Add(Ac.ShowCard(t.Manage, manage));
        }

        return Ac.Container(
            [
                Ac.Text(Esc(note.Text)),
                .. note.MergedTexts.Select(merged => Ac.Text(Format(t.MergedNoteFormat, Esc(merged)), size: "Small", spacing: "None")),
                Ac.Text(string.Join(" · ", meta), subtle: true, size: "Small", spacing: "None"),
                Ac.Actions(actions, spacing: "Small"),
            ],
            separator: true)!;
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
        JsonObject Propose(string title, FormalItemKind kind) => Ac.Execute(title, CardVerbs.ShowProposeForm,
            StepData(view).With(CardDataKeys.ItemKind, CardValues.ToWire(kind)), withInputs: false);

        return Ac.Actions(
            [
                Propose(t.ProposeResult, FormalItemKind.Result),
                Propose(t.ProposeIndicator, FormalItemKind.Indicator),
                Propose(t.ProposeActivity, FormalItemKind.Activity),
                view.Step == 4 ? Propose(t.ProposeQualityAgreement, FormalItemKind.QualityAgreement) : null,
            ]);
    }

    private static JsonObject ModeratorSection(StepCardView view, IReadOnlyList<NoteView> shown, CardText t)
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
                        value: DefaultDots.ToString(CultureInfo.InvariantCulture))],
                    [Ac.Execute(t.Start, CardVerbs.StartVoting, BoardData(view), style: "positive")]))
                : Ac.Execute(t.CloseVoting, CardVerbs.CloseVoting, BoardData(view).With(CardDataKeys.RoundId, view.Voting.RoundId), withInputs: false),
            Ac.ShowCard(t.GoToStep, Ac.SubCard(
                [Ac.ChoiceSet(CardInputs.GoToStep, t.GoToStepLabel, StepChoices(t.Language),
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
