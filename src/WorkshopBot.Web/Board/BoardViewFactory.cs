using WorkshopBot.Application.Projections;
using WorkshopBot.Coaching;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Web.Board;

// The board as one viewer sees it, in the JSON shape of the board page (see
// tests/browser/mock/board-mock-server.mjs). Silent steps hide other people's notes; readers get
// names and organisations only. No view carries a share token, so every board body may be compressed
// (BoardResponseCompression): the moderator gets only the number of active share links, the links
// themselves come from GET /api/boards/{id}/share-links when the share dialog opens, and the export
// links carry no credentials (the page appends its own ?share= or Bearer token when it fetches them).
public static class BoardViewFactory
{
    public static readonly IReadOnlyList<string> ExportFormats = ["docx", "xlsx", "md", "csv", "json"];

    private static readonly Dictionary<int, string> Questions = new()
    {
        [1] = "Hoe gaat het met onze inwoners? Wat willen we politiek en beleidsmatig?",
        [2] = "Wat willen we over 3 jaar bereikt hebben voor en met inwoners?",
        [3] = "Welke activiteiten dragen bij aan de resultaten? Wie doet wat?",
        [4] = "Hoe borgen we de kwaliteit: scholing, kennis van wat werkt, randvoorwaarden?",
        [5] = "Levert onze dienstverlening resultaat op? Hoe maken we dat zichtbaar met tellen en vertellen?",
        [6] = "Gaat het beter met inwoners? Wat gaat goed, wat kan beter, en hoe?",
    };

    private static readonly Dictionary<string, string> MissingLabels = new()
    {
        ["statement"] = "formulering",
        ["targetGroup"] = "doelgroep",
        ["whatChanges"] = "verandering",
        ["baseline"] = "nulmeting",
        ["target"] = "streefwaarde",
        ["horizon"] = "termijn",
        ["ambitionId"] = "ambitie",
        ["name"] = "naam",
        ["resultId"] = "resultaat",
        ["definition"] = "definitie",
        ["numerator"] = "teller",
        ["denominator"] = "noemer of eenheid",
        ["indicatorKind"] = "tellen of vertellen",
        ["type"] = "soort indicator",
        ["dataSource"] = "databron",
        ["existingRegistration"] = "bestaande registratie",
        ["ownerOrganisation"] = "eigenaar",
        ["frequency"] = "frequentie",
        ["direction"] = "richting",
        ["need"] = "need-to-know of nice-to-know",
        ["storiesAbout"] = "welke verhalen",
        ["storiesFrom"] = "van wie",
        ["collectionMethod"] = "hoe verzameld",
        ["storiesUse"] = "wat de werkgroep ermee doet",
    };

    public static BoardView Build(
        Werkgroep werkgroep,
        Traject? traject,
        BoardViewer viewer,
        int activeShareLinks)
    {
        var items = ItemsProjection.Of(werkgroep, Language.Dutch);
        var numbers = ItemNumbers.Of(items);
        // A note promoted to a result or indicator shows how many coach points that item still has open.
        var openPoints = items.Results.Select(r => (Item: new NoteRef(FormalItemKind.Result, r.Result.Id), r.Coach.OpenPoints))
            .Concat(items.Indicators.Select(i => (Item: new NoteRef(FormalItemKind.Indicator, i.Indicator.Id), i.Coach.OpenPoints)))
            .ToDictionary(p => p.Item, p => p.OpenPoints);
        var authors = new AuthorTable();
        var steps = CompassSteps.All.Select(step =>
        {
            var state = werkgroep.StepStateOf(step);
            // During an open round the totals are left out, so neither the count nor the "most votes" sort
            // steers the group; voting.countsHidden tells the page they are hidden, not zero.
            var countsVisible = werkgroep.VoteCountsVisible(viewer.UserId, step);
            var progress = StepProgressProjection.Of(werkgroep, step);
            return new BoardStepView(
                step,
                CompassSteps.DutchName(step),
                Questions[step],
                state.Status.ToString().ToLowerInvariant(),
                state.Silent,
                werkgroep.HiddenNoteCount(viewer.UserId ?? "", step),
                items.CountInStep(step),
                NoteProjection.VisibleIn(werkgroep, step, viewer.UserId)
                    .OrderBy(note => note.CreatedAt)
                    .ThenBy(note => note.Id, StringComparer.Ordinal)
                    .Select(note => new BoardNoteView(
                        note.Id,
                        note.Text,
                        note.MergedTexts.Count == 0 ? null : note.MergedTexts,
                        authors.IndexOf(note.AuthorName, note.AuthorOrganisation),
                        countsVisible ? note.Votes : 0,
                        note.ViewerVotes,
                        note.Status == NoteStatus.Idee ? null : note.Status.ToString().ToLowerInvariant(),
                        note.Cluster,
                        note.IsMine,
                        note.Edited,
                        note.PromotedTo is { } promoted ? openPoints.GetValueOrDefault(promoted) : 0))
                    .ToArray(),
                progress.Notes,
                progress.Authors);
        }).ToArray();
        return new BoardView(
            new BoardWerkgroepView(
                werkgroep.Id,
                werkgroep.Name,
                traject?.Name ?? "",
                traject?.Gemeente ?? "",
                traject?.Theme ?? "",
                werkgroep.CurrentStep ?? CompassSteps.All[0],
                werkgroep.Version),
            new BoardViewerView(viewer.UserId, viewer.Name, viewer.Organisation, viewer.Role, viewer.CanEdit),
            steps,
            authors.Authors,
            werkgroep.Voting is { IsOpen: true } round
                ? new BoardVotingView(round.Step, round.DotsPerPerson, viewer.CanEdit ? werkgroep.DotsLeft(viewer.UserId ?? "") : 0,
                    !werkgroep.VoteCountsVisible(viewer.UserId, round.Step))
                : null,
            werkgroep.Timer is { } timer ? new BoardTimerView(timer.Step, timer.Minutes, timer.StartedAt, timer.EndsAt) : null,
            [.. items.Results.Select(r => Result(r, numbers.For(r.Result.Id)))],
            [.. items.Indicators.Select(i => Indicator(i, numbers.For(i.Indicator.Id)))],
            [.. items.Activities.Select(a => new BoardActivityView(
                a.Activity.Id,
                a.Activity.What,
                a.Activity.Organisations,
                a.Activity.Formality == Formality.Formal,
                a.Activity.ResultIds,
                StatusOf(a.Activity),
                a.Activity.ItemVersion,
                a.Activity.CompassStep,
                a.Activity.SourceNoteId) { Number = numbers.For(a.Activity.Id) })],
            [.. items.QualityAgreements.Select(q => new BoardQualityAgreementView(
                q.Agreement.Id,
                q.Agreement.ConditionKind switch
                {
                    ConditionKind.Training => "Scholing",
                    ConditionKind.Methode => "Werkzame methode",
                    ConditionKind.Kennis => "Kennis van wat werkt",
                    ConditionKind.Organisatie => "Organisatorische randvoorwaarden",
                    _ => "Nog te bepalen",
                },
                q.Agreement.Description,
                q.Agreement.OwnerOrganisation,
                q.Agreement.ResultIds,
                StatusOf(q.Agreement),
                q.Agreement.ItemVersion,
                q.Agreement.CompassStep,
                q.Agreement.SourceNoteId) { Number = numbers.For(q.Agreement.Id) })],
            viewer.IsModerator ? activeShareLinks : 0,
            ExportFormats.ToDictionary(format => format, format => $"/api/boards/{Uri.EscapeDataString(werkgroep.Id)}/export.{format}"));
    }

    private static BoardResultView Result(ResultProjection projection, string number)
    {
        var result = projection.Result;
        return new BoardResultView(
            result.Id,
            result.Level.ToString().ToLowerInvariant(),
            result.Statement,
            result.TargetGroup,
            result.WhatChanges,
            result.Baseline,
            result.Target,
            result.Horizon,
            result.Status.ToString().ToLowerInvariant(),
            Missing(result.MissingFields().Where(f => f != "ambitionId")),
            Points(projection.Coach.Criteria),
            Suggestion(projection.Coach.Suggestion(Language.Dutch), result.Statement),
            [.. projection.Indicators.Select(i => i.Id)],
            result.ItemVersion,
            result.CompassStep,
            result.SourceNoteId) { Number = number };
    }

    private static BoardIndicatorView Indicator(IndicatorProjection projection, string number)
    {
        var indicator = projection.Indicator;
        return new BoardIndicatorView(
            indicator.Id,
            indicator.ResultId,
            indicator.Name,
            indicator.Definition,
            indicator.Numerator,
            indicator.Denominator,
            indicator.IndicatorKind?.ToString().ToLowerInvariant(),
            indicator.Type?.ToString().ToLowerInvariant(),
            indicator.DataSource,
            projection.ExistingRegistration,
            indicator.OwnerOrganisation,
            indicator.Frequency,
            indicator.Baseline,
            indicator.Target,
            indicator.Direction switch
            {
                IndicatorDirection.Up => "omhoog",
                IndicatorDirection.Down => "omlaag",
                IndicatorDirection.Stable => "stabiel",
                _ => null,
            },
            projection.NeedToKnow,
            indicator.Status.ToString().ToLowerInvariant(),
            Missing(indicator.MissingFields()),
            Points(projection.Coach.Criteria),
            Suggestion(projection.Coach.Suggestion(Language.Dutch), indicator.Name),
            indicator.StoriesAbout,
            indicator.StoriesFrom,
            indicator.CollectionMethod,
            indicator.StoriesUse,
            indicator.ItemVersion,
            indicator.CompassStep,
            indicator.SourceNoteId) { Number = number };
    }

    private static string StatusOf(FormalItem item) => item.Status.ToString().ToLowerInvariant();

    private static string[] Missing(IEnumerable<string> fields) =>
        fields.Select(f => MissingLabels.GetValueOrDefault(f, f)).ToArray();

    private static BoardCoachPointView[] Points(IReadOnlyList<CriterionVerdict> criteria) => criteria
        .Select(c => new BoardCoachPointView(c.Id, c.StatusText, c.Message(Language.Dutch), c.Evidence.Count > 0 ? string.Join(", ", c.Evidence) : null))
        .ToArray();

    private static string? Suggestion(string suggestion, string original) =>
        string.IsNullOrWhiteSpace(suggestion) || string.Equals(suggestion.Trim(), original.Trim(), StringComparison.Ordinal) ? null : suggestion;

    // Authors in order of first appearance, keyed by what the board shows of them (a note keeps the name and
    // organisation it was written under).
    private sealed class AuthorTable
    {
        private readonly Dictionary<(string Name, string? Organisation), int> _index = [];
        private readonly List<BoardAuthorView> _authors = [];

        public IReadOnlyList<BoardAuthorView> Authors => _authors;

        public int IndexOf(string name, string? organisation)
        {
            if (!_index.TryGetValue((name, organisation), out var index))
            {
                index = _authors.Count;
                _index.Add((name, organisation), index);
                _authors.Add(new BoardAuthorView(name, organisation, OrganisationPalette.ColourFor(organisation)));
            }

            return index;
        }
    }
}
