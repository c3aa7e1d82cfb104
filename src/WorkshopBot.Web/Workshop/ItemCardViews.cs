using System.Text.Json.Nodes;
using WorkshopBot.Application.Projections;
using WorkshopBot.Cards;
using WorkshopBot.Cards.Views;
using WorkshopBot.Coaching;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Web.Workshop;

// Formal items (results, indicators, activities, quality agreements) -> item cards, with the coach's
// verdicts for results and indicators. Like CardViewFactory, it reads the derived facts (proposer, linked
// result, coach assessment) from the shared projections and only puts them in card shape.
public static class ItemCardViews
{
    public static JsonObject? Card(Werkgroep werkgroep, FormalItemKind kind, string itemId, string? viewerId, string? boardUrl, Language language) =>
        werkgroep.FindItem(kind, itemId) switch
        {
            Result result => ResultCard.Build(Result(werkgroep, result, viewerId, boardUrl, language), language),
            Indicator indicator => IndicatorCard.Build(Indicator(werkgroep, indicator, viewerId, boardUrl, language), language),
            PlannedActivity activity => ActivityCard.Build(Activity(werkgroep, activity, viewerId, boardUrl), language),
            QualityAgreement agreement => QualityAgreementCard.Build(QualityAgreement(werkgroep, agreement, viewerId, boardUrl), language),
            _ => null,
        };

    // The view of one item for its edit form (EditItemForm); null when there is no such item.
    public static ItemCardView? View(Werkgroep werkgroep, FormalItemKind kind, string itemId, string? viewerId, Language language) =>
        werkgroep.FindItem(kind, itemId) switch
        {
            Result result => Result(werkgroep, result, viewerId, null, language),
            Indicator indicator => Indicator(werkgroep, indicator, viewerId, null, language),
            PlannedActivity activity => Activity(werkgroep, activity, viewerId, null),
            QualityAgreement agreement => QualityAgreement(werkgroep, agreement, viewerId, null),
            _ => null,
        };

    public static IReadOnlyList<ResultOption> ResultOptions(Werkgroep werkgroep) =>
        werkgroep.Results.Select(r => new ResultOption(r.Id, r.Statement)).ToList();

    public static ResultView Result(Werkgroep werkgroep, Result result, string? viewerId, string? boardUrl, Language language)
    {
        var projection = ResultProjection.Of(werkgroep, result);
        return new ResultView
        {
            ItemId = result.Id,
            Version = result.ItemVersion,
            WerkgroepId = werkgroep.Id,
            Step = result.CompassStep,
            Text = result.Statement,
            TargetGroup = result.TargetGroup,
            Baseline = result.Baseline,
            Target = result.Target,
            Deadline = result.Horizon,
            Status = result.Status,
            ProposedBy = Person(projection.ProposedBy),
            Indicators = projection.Indicators
                .Select(i => new IndicatorLineView(i.Id, i.Name, i.Type, i.IndicatorKind, i.Status))
                .ToList(),
            Coach = Coach(projection.Coach, language),
            BoardUrl = boardUrl,
            Viewer = Viewer(werkgroep, viewerId),
            Audience = CardViewFactory.Audience(werkgroep),
        };
    }

    public static IndicatorView Indicator(Werkgroep werkgroep, Indicator indicator, string? viewerId, string? boardUrl, Language language)
    {
        var projection = IndicatorProjection.Of(werkgroep, indicator, language);
        return new IndicatorView
        {
            ItemId = indicator.Id,
            Version = indicator.ItemVersion,
            WerkgroepId = werkgroep.Id,
            Step = indicator.CompassStep,
            Name = indicator.Name,
            ResultId = indicator.ResultId,
            ResultText = projection.ResultText,
            Definition = indicator.Definition,
            Numerator = indicator.Numerator,
            Denominator = indicator.Denominator,
            Measure = indicator.IndicatorKind,
            Level = indicator.Type,
            DataSource = indicator.DataSource,
            ExistingRegistration = projection.ExistingRegistration,
            Owner = indicator.OwnerOrganisation,
            Frequency = indicator.Frequency,
            StoriesAbout = indicator.StoriesAbout,
            StoriesFrom = indicator.StoriesFrom,
            CollectionMethod = indicator.CollectionMethod,
            StoriesUse = indicator.StoriesUse,
            Baseline = indicator.Baseline,
            Target = indicator.Target,
            Direction = indicator.Direction,
            Priority = indicator.Need,
            Status = indicator.Status,
            ProposedBy = Person(projection.ProposedBy),
            Coach = Coach(projection.Coach, language),
            BoardUrl = boardUrl,
            Viewer = Viewer(werkgroep, viewerId),
            Audience = CardViewFactory.Audience(werkgroep),
        };
    }

    public static ActivityView Activity(Werkgroep werkgroep, PlannedActivity activity, string? viewerId, string? boardUrl)
    {
        var projection = ActivityProjection.Of(werkgroep, activity);
        return new ActivityView
        {
            ItemId = activity.Id,
            Version = activity.ItemVersion,
            WerkgroepId = werkgroep.Id,
            Step = activity.CompassStep,
            Name = activity.What,
            Owner = projection.Owner,
            ResultText = projection.ResultText,
            Status = activity.Status,
            ProposedBy = Person(projection.ProposedBy),
            BoardUrl = boardUrl,
            Viewer = Viewer(werkgroep, viewerId),
            Audience = CardViewFactory.Audience(werkgroep),
        };
    }

    public static QualityAgreementView QualityAgreement(Werkgroep werkgroep, QualityAgreement agreement, string? viewerId, string? boardUrl) => new()
    {
        ItemId = agreement.Id,
        Version = agreement.ItemVersion,
        WerkgroepId = werkgroep.Id,
        Step = agreement.CompassStep,
        Text = agreement.Description,
        Owner = agreement.OwnerOrganisation,
        Status = agreement.Status,
        ProposedBy = Person(QualityAgreementProjection.Of(werkgroep, agreement).ProposedBy),
        BoardUrl = boardUrl,
        Viewer = Viewer(werkgroep, viewerId),
        Audience = CardViewFactory.Audience(werkgroep),
    };

    // The propose form, prefilled from a note when a moderator promotes one.
    public static ProposeFormView ProposeForm(Werkgroep werkgroep, FormalItemKind kind, int step, Note? sourceNote, string? selectedResultId, string? error = null) => new()
    {
        Kind = kind,
        WerkgroepId = werkgroep.Id,
        Step = step,
        SourceNoteId = sourceNote?.Id,
        SourceNoteVersion = sourceNote is null ? null : NoteProjection.VersionOf(sourceNote),
        PrefillText = sourceNote?.Text,
        Results = ResultOptions(werkgroep),
        SelectedResultId = selectedResultId,
        Error = error,
    };

    // Passed criteria say what is already good; failed ones say what is missing and which words
    // triggered the verdict (evidence), so the advice is explainable.
    public static CoachFeedbackView Coach(ResultAssessment assessment, Language language) =>
        Feedback(assessment.Criteria, assessment.Suggestion(language), !assessment.SuggestionHasPlaceholders, language);

    public static CoachFeedbackView Coach(IndicatorAssessment assessment, Language language) =>
        Feedback(assessment.Criteria, assessment.Suggestion(language), false, language);

    private static CoachFeedbackView Feedback(IReadOnlyList<CriterionVerdict> criteria, string suggestion, bool adoptable, Language language) => new(
        criteria
            .Where(c => c.Status != CriterionStatus.NotApplicable)
            .Select(c => new CoachVerdictView(
                c.Id,
                c.Status == CriterionStatus.Passed ? CoachVerdictStatus.Passed : CoachVerdictStatus.Failed,
                c.Message(language),
                c.Status == CriterionStatus.Failed ? c.Evidence : [],
                null))
            .ToList(),
        string.IsNullOrWhiteSpace(suggestion) ? null : suggestion,
        adoptable);

    private static PersonView? Person(PersonProjection? person) =>
        person is null ? null : new PersonView(person.Name, person.Organisation);

    private static CardViewer? Viewer(Werkgroep werkgroep, string? viewerId) =>
        viewerId is null ? null : new CardViewer(viewerId, werkgroep.IsModerator(viewerId));
}
