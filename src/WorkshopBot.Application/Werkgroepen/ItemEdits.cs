using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Coaching;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;
using DomainResultDraft = WorkshopBot.Domain.Items.ResultDraft;

namespace WorkshopBot.Application.Werkgroepen;

// Proposing and editing formal items. A form shows only some fields; an edit replaces every draft field,
// so the fields a form does not carry keep the item's current value instead of being wiped.
internal static class ItemEdits
{
    public static DomainResult<Change<Werkgroep>> Propose(Werkgroep w, Actor actor, string id, int step, ItemDraft draft, DateTimeOffset now)
    {
        if (!draft.HasRequiredText)
        {
            return AppErrors.ItemTextRequired;
        }

        return draft.Kind switch
        {
            FormalItemKind.Result => w.ProposeResult(actor, id, ResultLevels.ForStep(step), draft.Result!, now),
            FormalItemKind.Indicator => w.ProposeIndicator(actor, id, step, draft.Indicator!, now),
            FormalItemKind.Activity => w.ProposeActivity(actor, id, draft.Activity!, now),
            _ => w.ProposeQualityAgreement(actor, id, draft.QualityAgreement!, now),
        };
    }

    public static DomainResult<Change<Werkgroep>> Edit(Werkgroep w, Actor actor, string id, int expected, ItemDraft draft, DateTimeOffset now) =>
        w.FindItem(draft.Kind, id ?? "") switch
        {
            Result current => w.EditResult(actor, id!, expected, draft.Result! with
            {
                WhatChanges = draft.Result!.WhatChanges ?? current.WhatChanges,
                AmbitionId = draft.Result.AmbitionId ?? current.AmbitionId,
            }, now),
            Indicator => w.EditIndicator(actor, id!, expected, draft.Indicator!, now),
            PlannedActivity current => w.EditActivity(actor, id!, expected, draft.Activity! with
            {
                Organisations = draft.Activity!.Organisations.Count > 0 ? draft.Activity.Organisations : current.Organisations,
                Formality = draft.Activity.Formality ?? current.Formality,
                ResultIds = draft.Activity.ResultIds.Count > 0 ? draft.Activity.ResultIds : current.ResultIds,
            }, now),
            QualityAgreement current => w.EditQualityAgreement(actor, id!, expected, draft.QualityAgreement! with
            {
                ConditionKind = draft.QualityAgreement!.ConditionKind ?? current.ConditionKind,
                ResultIds = draft.QualityAgreement.ResultIds.Count > 0 ? draft.QualityAgreement.ResultIds : current.ResultIds,
            }, now),
            _ => AppErrors.ItemNotFound(id ?? ""),
        };

    // Only results carry a suggested formulation; adopting it is an ordinary edit (same stale check).
    public static DomainResult<Change<Werkgroep>> AdoptSuggestion(Werkgroep w, Actor actor, string id, int expected, Language language, DateTimeOffset now)
    {
        if (w.FindItem(FormalItemKind.Result, id) is not Result result)
        {
            return AppErrors.ItemNotFound(id);
        }

        // A suggestion with [placeholders] is advice to fill in, not a formulation to adopt.
        var suggestion = CoachAssessments.Assess(result).AdoptableSuggestion(language, result.Statement);
        if (suggestion is null)
        {
            return AppErrors.NoCoachSuggestion(id);
        }

        return w.EditResult(actor, id, expected, new DomainResultDraft
        {
            Statement = suggestion,
            TargetGroup = result.TargetGroup,
            WhatChanges = result.WhatChanges,
            Baseline = result.Baseline,
            Target = result.Target,
            Horizon = result.Horizon,
            AmbitionId = result.AmbitionId,
        }, now);
    }
}
