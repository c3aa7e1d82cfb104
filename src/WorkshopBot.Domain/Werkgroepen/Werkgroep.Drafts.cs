using WorkshopBot.Domain.Items;

namespace WorkshopBot.Domain.Werkgroepen;

// How a draft from a card becomes a formal item: every text field checked, result links verified, and
// the item stamped and stored in its list.
public sealed partial record Werkgroep
{
    private static FormalItem Stamp(FormalItem item, string itemId, Actor actor, DateTimeOffset now) => item with
    {
        Id = itemId,
        Status = ItemStatus.Concept,
        ItemVersion = 1,
        CreatedById = actor.UserId,
        CreatedByName = actor.DisplayName,
        CreatedAt = now,
        UpdatedAt = now,
    };

    private Werkgroep Upsert(FormalItem item) => item switch
    {
        Result r => this with { Results = Results.Any(x => x.Id == r.Id) ? Results.Replace(x => x.Id == r.Id, _ => r) : Results.With(r) },
        Indicator i => this with { Indicators = Indicators.Any(x => x.Id == i.Id) ? Indicators.Replace(x => x.Id == i.Id, _ => i) : Indicators.With(i) },
        PlannedActivity a => this with { Activities = Activities.Any(x => x.Id == a.Id) ? Activities.Replace(x => x.Id == a.Id, _ => a) : Activities.With(a) },
        QualityAgreement q => this with
        {
            QualityAgreements = QualityAgreements.Any(x => x.Id == q.Id) ? QualityAgreements.Replace(x => x.Id == q.Id, _ => q) : QualityAgreements.With(q),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown formal item."),
    };

    private DomainResult<FormalItem> ApplyDraft(Result target, ResultDraft draft)
    {
        var fields = new DraftFields();
        var statement = fields.Required(draft.Statement);
        var result = target with
        {
            Statement = statement,
            TargetGroup = fields.Optional(draft.TargetGroup),
            WhatChanges = fields.Optional(draft.WhatChanges),
            Baseline = fields.Optional(draft.Baseline),
            Target = fields.Optional(draft.Target),
            Horizon = fields.Optional(draft.Horizon),
            AmbitionId = fields.Optional(draft.AmbitionId),
        };
        return fields.Error is { } error ? error : result;
    }

    private DomainResult<FormalItem> ApplyDraft(Indicator target, Indicator draft)
    {
        var fields = new DraftFields();
        var indicator = target with
        {
            ResultId = fields.Optional(draft.ResultId),
            Name = fields.Required(draft.Name),
            Definition = fields.Optional(draft.Definition),
            Numerator = fields.Optional(draft.Numerator),
            Denominator = fields.Optional(draft.Denominator),
            IndicatorKind = draft.IndicatorKind,
            Type = draft.Type,
            DataSource = fields.Optional(draft.DataSource),
            ExistingRegistration = draft.ExistingRegistration,
            OwnerOrganisation = fields.Optional(draft.OwnerOrganisation),
            Frequency = fields.Optional(draft.Frequency),
            Baseline = fields.Optional(draft.Baseline),
            Target = fields.Optional(draft.Target),
            Direction = draft.Direction,
            Need = draft.Need,
            StoriesAbout = fields.Optional(draft.StoriesAbout),
            StoriesFrom = fields.Optional(draft.StoriesFrom),
            CollectionMethod = fields.Optional(draft.CollectionMethod),
            StoriesUse = fields.Optional(draft.StoriesUse),
        };
        if (fields.Error is { } error)
        {
            return error;
        }

        return CheckResultIds(indicator.ResultId is null ? [] : [indicator.ResultId]) is { } missing ? missing : indicator;
    }

    private DomainResult<FormalItem> ApplyDraft(PlannedActivity target, PlannedActivityDraft draft)
    {
        var fields = new DraftFields();
        var organisations = fields.List(draft.Organisations);
        var resultIds = fields.List(draft.ResultIds);
        var activity = target with
        {
            What = fields.Required(draft.What),
            Organisations = organisations.SequenceEqual(target.Organisations) ? target.Organisations : organisations,
            Formality = draft.Formality,
            ResultIds = resultIds.SequenceEqual(target.ResultIds) ? target.ResultIds : resultIds,
        };
        if (fields.Error is { } error)
        {
            return error;
        }

        return CheckResultIds(activity.ResultIds) is { } missing ? missing : activity;
    }

    private DomainResult<FormalItem> ApplyDraft(QualityAgreement target, QualityAgreementDraft draft)
    {
        var fields = new DraftFields();
        var resultIds = fields.List(draft.ResultIds);
        var agreement = target with
        {
            ConditionKind = draft.ConditionKind,
            Description = fields.Required(draft.Description),
            OwnerOrganisation = fields.Optional(draft.OwnerOrganisation),
            ResultIds = resultIds.SequenceEqual(target.ResultIds) ? target.ResultIds : resultIds,
        };
        if (fields.Error is { } error)
        {
            return error;
        }

        return CheckResultIds(agreement.ResultIds) is { } missing ? missing : agreement;
    }

    private DomainError? CheckResultIds(IReadOnlyList<string> resultIds)
    {
        string? unknown = resultIds.FirstOrDefault(id => !Results.Any(r => r.Id == id));
        return unknown is null ? null : Rules.NotFound("Result", unknown);
    }

    // Collects the first validation error while a draft is copied field by field.
    private sealed class DraftFields
    {
        public DomainError? Error { get; private set; }

        public string Required(string? text)
        {
            var checkedText = Rules.RequiredText(text, WorkshopLimits.StatementMaxLength, DomainErrorCodes.TextTooLong);
            Error ??= checkedText.Error;
            return checkedText.IsSuccess ? checkedText.Value : "";
        }

        public string? Optional(string? text)
        {
            var checkedText = Rules.OptionalText(text, WorkshopLimits.StatementMaxLength);
            Error ??= checkedText.Error;
            return checkedText.IsSuccess ? checkedText.Value : null;
        }

        public IReadOnlyList<string> List(IReadOnlyList<string>? values) => (values ?? [])
            .Select(Optional)
            .OfType<string>()
            .Distinct()
            .ToArray();
    }
}
