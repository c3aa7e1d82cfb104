using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Domain.Monitoring;

public sealed partial record WerkgroepMonitoring
{
    public const int MaxActionsPerReflection = 10;

    // A moderator records the reflection meeting: the three questions, and what will be done
    // differently as improvement actions, each linked to at least one planned activity of the werkgroep,
    // with an owner and a date. Action ids are the reflection id with "-a1", "-a2", ….
    public DomainResult<Change<WerkgroepMonitoring>> RecordReflection(
        MonitoringScope scope,
        Actor actor,
        string reflectionId,
        string? periodKey,
        string whatWeSee,
        string whatItMeans,
        string whatWeChange,
        IReadOnlyList<ImprovementActionInput> actions,
        DateTimeOffset now)
    {
        if (Rules.CheckId(reflectionId, "reflection") is { } badId)
        {
            return badId;
        }

        if (Reflections.Any(r => r.Id == reflectionId))
        {
            return Change<WerkgroepMonitoring>.Unchanged(this);
        }

        if (!scope.IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        var see = Rules.RequiredText(whatWeSee, TextMaxLength, DomainErrorCodes.TextTooLong);
        var means = Rules.OptionalText(whatItMeans, TextMaxLength);
        var change = Rules.OptionalText(whatWeChange, TextMaxLength);
        if (!see.IsSuccess || !means.IsSuccess || !change.IsSuccess)
        {
            return (see.Error ?? means.Error ?? change.Error)!;
        }

        if (periodKey is { Length: > 0 } && MonitoringPeriod.Parse(periodKey) is null)
        {
            return Invalid(DomainErrorCodes.InvalidValue, $"'{periodKey}' is not a period.");
        }

        if (actions.Count > MaxActionsPerReflection)
        {
            return new DomainError(DomainErrorCodes.TooManyItems, "Too many improvement actions.") { Limit = MaxActionsPerReflection };
        }

        var made = new List<ImprovementAction>();
        foreach (var (input, index) in actions.Select((a, i) => (a, i)))
        {
            var action = CheckAction(scope, input, $"{reflectionId}-a{index + 1}", reflectionId, now);
            if (!action.IsSuccess)
            {
                return action.Error!;
            }

            made.Add(action.Value);
        }

        var reflection = new Reflection
        {
            Id = reflectionId,
            PeriodKey = string.IsNullOrWhiteSpace(periodKey) ? null : periodKey,
            WhatWeSee = see.Value,
            WhatItMeans = means.Value ?? "",
            WhatWeChange = change.Value ?? "",
            RecordedById = actor.UserId,
            RecordedByName = actor.DisplayName,
            RecordedAt = now,
        };
        var next = this with { Reflections = Reflections.With(reflection), Actions = [.. Actions, .. made] };
        return Changed(
            next,
            actor,
            now,
            [(MonitoringEventKinds.ReflectionRecorded, reflectionId), .. made.Select(a => (MonitoringEventKinds.ImprovementActionAdded, $"{a.Id}: {string.Join(",", a.ActivityIds)}"))]);
    }

    private static DomainResult<ImprovementAction> CheckAction(MonitoringScope scope, ImprovementActionInput input, string id, string reflectionId, DateTimeOffset now)
    {
        Member? member = null;
        if (!string.IsNullOrWhiteSpace(input.OwnerUserId) && !scope.Members.TryGetValue(input.OwnerUserId, out member))
        {
            return Rules.NotFound("Member", input.OwnerUserId);
        }

        var text = Rules.RequiredText(input.Text, TextMaxLength, DomainErrorCodes.TextTooLong);
        var owner = Rules.RequiredText(member?.Name ?? input.OwnerName, ShortTextMaxLength, DomainErrorCodes.TextTooLong);
        if (!text.IsSuccess || !owner.IsSuccess)
        {
            return (text.Error ?? owner.Error)!;
        }

        var activityIds = input.ActivityIds.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).ToArray();
        if (activityIds.Length == 0)
        {
            return Invalid(DomainErrorCodes.ActivityRequired, "An improvement action is linked to at least one activity.");
        }

        if (activityIds.FirstOrDefault(a => !scope.ActivityIds.Contains(a)) is { } unknown)
        {
            return Rules.NotFound("Activity", unknown);
        }

        if (input.Due < Time.AmsterdamTime.Today(now))
        {
            return Invalid(DomainErrorCodes.DeadlineInPast, "The action's date has passed.");
        }

        return new ImprovementAction
        {
            Id = id,
            ReflectionId = reflectionId,
            Text = text.Value,
            ActivityIds = activityIds,
            OwnerName = owner.Value,
            OwnerId = member?.UserId,
            Due = input.Due,
            CreatedAt = now,
        };
    }

    // The action's owner (a member) or a moderator marks it done; done twice changes nothing (a card
    // clicked again, or a stale card after someone else marked it).
    public DomainResult<Change<WerkgroepMonitoring>> MarkActionDone(MonitoringScope scope, Actor actor, string actionId, DateTimeOffset now)
    {
        if (Actions.FirstOrDefault(a => a.Id == actionId) is not { } action)
        {
            return Rules.NotFound("Improvement action", actionId);
        }

        if (!scope.IsModerator(actor.UserId) && (action.OwnerId is null || action.OwnerId != actor.UserId))
        {
            return new DomainError(DomainErrorCodes.NotActionOwner, $"User {actor.UserId} does not own improvement action {actionId}.") { TargetId = actor.UserId };
        }

        if (action.Done)
        {
            return Change<WerkgroepMonitoring>.Unchanged(this);
        }

        var done = action with { Done = true, DoneAt = now };
        return Changed(this with { Actions = [.. Actions.Select(a => a.Id == actionId ? done : a)] }, actor, now, (MonitoringEventKinds.ImprovementActionDone, actionId));
    }

}
