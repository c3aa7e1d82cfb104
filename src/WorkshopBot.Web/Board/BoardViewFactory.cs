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
    };

    public static BoardView Build(
        Werkgroep werkgroep,
        Traject? traject,
        BoardViewer viewer,
        int activeShareLinks)
    {
        var viewerId = viewer.UserId ?? "";
        var resultCoaching = werkgroep.Results.ToDictionary(r => r.Id, CoachAssessments.Assess);
        var indicatorCoaching = werkgroep.Indicators.ToDictionary(i => i.Id, i => CoachAssessments.Assess(i, Language.Dutch));
        var authors = new AuthorTable();
        var steps = CompassSteps.All.Select(step =>
        {
            var state = werkgroep.StepStateOf(step);
            return new BoardStepView(
                step,
                CompassSteps.DutchName(step),
                Questions[step],
                state.Status.ToString().ToLowerInvariant(),
                state.Silent,
                werkgroep.HiddenNoteCount(viewerId, step),
                werkgroep.VisibleNotes(viewerId, step)
                    .OrderBy(note => note.CreatedAt)
                    .ThenBy(note => note.Id, StringComparer.Ordinal)
                    .Select(note => new BoardNoteView(
                        note.Id,
                        note.Text,
                        MergedTexts(werkgroep, note, viewerId),
                        authors.IndexOf(note.AuthorName, werkgroep.OrganisationOf(note)),
                        note.VoteCount,
                        MyVotes(werkgroep, note, viewerId),
                        note.Status == NoteStatus.Idee ? null : note.Status.ToString().ToLowerInvariant(),
                        note.Cluster,
                        viewer.UserId is not null && note.AuthorId == viewer.UserId,
                        note.EditedAt is not null,
                        note.PromotedTo switch
                        {
                            { Kind: FormalItemKind.Result } item when resultCoaching.TryGetValue(item.ItemId, out var a) => a.OpenPoints,
                            { Kind: FormalItemKind.Indicator } item when indicatorCoaching.TryGetValue(item.ItemId, out var a) => a.OpenPoints,
                            _ => 0,
                        }))
                    .ToArray());
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
                ? new BoardVotingView(round.Step, round.DotsPerPerson, viewer.CanEdit ? werkgroep.DotsLeft(viewerId) : 0)
                : null,
            werkgroep.Timer is { } timer ? new BoardTimerView(timer.Step, timer.Minutes, timer.StartedAt, timer.EndsAt) : null,
            werkgroep.Results.Select(result => new BoardResultView(
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
                Points(resultCoaching[result.Id].Criteria),
                Suggestion(resultCoaching[result.Id].Suggestion(Language.Dutch), result.Statement),
                werkgroep.IndicatorsOf(result.Id).Select(i => i.Id).ToArray())).ToArray(),
            werkgroep.Indicators.Select(indicator => new BoardIndicatorView(
                indicator.Id,
                indicator.ResultId,
                indicator.Name,
                indicator.Definition,
                indicator.Numerator,
                indicator.Denominator,
                indicator.IndicatorKind?.ToString().ToLowerInvariant(),
                indicator.Type?.ToString().ToLowerInvariant(),
                indicator.DataSource,
                ExistingRegistrationFlag(indicator.ExistingRegistration),
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
                NeedToKnowFlag(indicator.Need),
                indicator.Status.ToString().ToLowerInvariant(),
                Missing(indicator.MissingFields()),
                Points(indicatorCoaching[indicator.Id].Criteria),
                Suggestion(indicatorCoaching[indicator.Id].Suggestion(Language.Dutch), indicator.Name))).ToArray(),
            werkgroep.Activities.Select(activity => new BoardActivityView(
                activity.Id,
                activity.What,
                activity.Organisations,
                activity.Formality == Formality.Formal,
                activity.ResultIds)).ToArray(),
            werkgroep.QualityAgreements.Select(agreement => new BoardQualityAgreementView(
                agreement.Id,
                agreement.ConditionKind switch
                {
                    ConditionKind.Training => "Scholing",
                    ConditionKind.Methode => "Werkzame methode",
                    ConditionKind.Kennis => "Kennis van wat werkt",
                    ConditionKind.Organisatie => "Organisatorische randvoorwaarden",
                    _ => "Nog te bepalen",
                },
                agreement.Description,
                agreement.OwnerOrganisation)).ToArray(),
            viewer.IsModerator ? activeShareLinks : 0,
            ExportFormats.ToDictionary(format => format, format => $"/api/boards/{Uri.EscapeDataString(werkgroep.Id)}/export.{format}"));
    }

    // Votes of the viewer in the current round: that is what they can take back.
    private static int MyVotes(Werkgroep werkgroep, Note note, string viewerId) =>
        viewerId.Length == 0 ? 0 : note.Votes.Count(v => v.UserId == viewerId && (werkgroep.Voting is null || v.Round == werkgroep.Voting.Round));

    // What was merged into the note stays readable on it, as on a Mural board; in a silent step only the
    // viewer's own merged words, like the notes themselves.
    // Null when nothing was merged in, so the lean note JSON leaves the field out.
    private static string[]? MergedTexts(Werkgroep werkgroep, Note note, string viewerId)
    {
        var texts = werkgroep.MergedNotes(note.Id)
            .Where(merged => !werkgroep.StepStateOf(note.Step).Silent || merged.AuthorId == viewerId)
            .Select(merged => merged.Text)
            .ToArray();
        return texts.Length == 0 ? null : texts;
    }

    private static string[] Missing(IEnumerable<string> fields) =>
        fields.Select(f => MissingLabels.GetValueOrDefault(f, f)).ToArray();

    private static BoardCoachPointView[] Points(IReadOnlyList<CriterionVerdict> criteria) => criteria
        .Select(c => new BoardCoachPointView(c.Id, c.StatusText, c.Message(Language.Dutch), c.Evidence.Count > 0 ? string.Join(", ", c.Evidence) : null))
        .ToArray();

    private static bool? ExistingRegistrationFlag(ExistingRegistration registration) => registration switch
    {
        ExistingRegistration.Yes => true,
        ExistingRegistration.No => false,
        _ => null,
    };

    private static bool? NeedToKnowFlag(InformationNeed? need) => need switch
    {
        InformationNeed.NeedToKnow => true,
        InformationNeed.NiceToKnow => false,
        _ => null,
    };

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
