using WorkshopBot.Domain.Items;

namespace WorkshopBot.Domain.Monitoring;

public sealed partial record WerkgroepMonitoring
{
    // A moderator makes a member of the werkgroep the data owner of an indicator; their periods are
    // asked for from the period containing `since` (default: the day of assignment).
    public DomainResult<Change<WerkgroepMonitoring>> AssignDataOwner(MonitoringScope scope, Actor actor, string indicatorId, string ownerUserId, DateOnly? since, DateTimeOffset now)
    {
        if (!scope.IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        if (!scope.Indicators.TryGetValue(indicatorId, out var indicator))
        {
            return Rules.NotFound("Indicator", indicatorId);
        }

        if (!scope.Members.TryGetValue(ownerUserId, out var member))
        {
            return new DomainError(DomainErrorCodes.NotMember, $"User {ownerUserId} is not a member of the werkgroep.") { TargetId = ownerUserId };
        }

        var owner = new DataOwner(
            indicatorId,
            member.UserId,
            member.Name,
            member.Organisation ?? indicator.OwnerOrganisation,
            member.TeamsId,
            since ?? Time.AmsterdamTime.Today(now),
            now);
        if (OwnerOf(indicatorId) is { } existing && existing with { AssignedAt = now } == owner)
        {
            return Change<WerkgroepMonitoring>.Unchanged(this);
        }

        var next = this with { Owners = [.. Owners.Where(o => o.IndicatorId != indicatorId), owner] };
        return Changed(next, actor, now, (MonitoringEventKinds.DataOwnerAssigned, $"{indicatorId}: {member.UserId}"));
    }

    // The indicator's data owner or a moderator records the value of a period that has started. A period
    // that already has a value gets a correction: the new measurement supersedes the old, which stays.
    public DomainResult<Change<WerkgroepMonitoring>> RecordMeasurement(
        MonitoringScope scope, Actor actor, string measurementId, string indicatorId, string periodKey, MeasurementInput input, DateTimeOffset now)
    {
        if (Rules.CheckId(measurementId, "measurement") is { } badId)
        {
            return badId;
        }

        if (Measurements.Any(m => m.Id == measurementId))
        {
            return Change<WerkgroepMonitoring>.Unchanged(this);
        }

        if (!scope.Indicators.TryGetValue(indicatorId, out var indicator))
        {
            return Rules.NotFound("Indicator", indicatorId);
        }

        if (!scope.IsModerator(actor.UserId) && OwnerOf(indicatorId)?.UserId != actor.UserId)
        {
            return new DomainError(DomainErrorCodes.NotDataOwner, $"User {actor.UserId} does not own indicator {indicatorId}.") { TargetId = indicatorId };
        }

        var checkedPeriod = CheckPeriod(indicator, periodKey, now);
        if (!checkedPeriod.IsSuccess)
        {
            return checkedPeriod.Error!;
        }

        var checkedInput = CheckInput(input);
        if (!checkedInput.IsSuccess)
        {
            return checkedInput.Error!;
        }

        if (Measurements.Count >= MaxMeasurements)
        {
            return new DomainError(DomainErrorCodes.TooManyItems, "Too many measurements.") { Limit = MaxMeasurements };
        }

        var period = checkedPeriod.Value;
        var previous = Current(indicatorId, period.Key);
        var measurement = checkedInput.Value with
        {
            Id = measurementId,
            IndicatorId = indicatorId,
            Period = period,
            EnteredById = actor.UserId,
            EnteredByName = actor.DisplayName,
            EnteredByOrganisation = actor.Organisation,
            EnteredAt = now,
            SupersedesId = previous?.Id,
        };
        var measurements = previous is null
            ? Measurements
            : Measurements.Replace(m => m.Id == previous.Id, m => m with { SupersededById = measurementId });
        var next = this with { Measurements = measurements.With(measurement) };
        return previous is null
            ? Changed(next, actor, now, (MonitoringEventKinds.MeasurementRecorded, $"{indicatorId} {period.Key}"))
            : Changed(next, actor, now, (MonitoringEventKinds.MeasurementCorrected, $"{indicatorId} {period.Key}: {previous.Id} → {measurementId}"));
    }

    private static DomainResult<MonitoringPeriod> CheckPeriod(Indicator indicator, string periodKey, DateTimeOffset now)
    {
        if (MonitoringFrequencies.Parse(indicator.Frequency) is not { } frequency)
        {
            return new DomainError(DomainErrorCodes.NoFrequency, $"Indicator {indicator.Id} has no recognisable frequency.") { TargetId = indicator.Id };
        }

        if (MonitoringPeriod.Parse(periodKey) is not { } period || period.Frequency != frequency)
        {
            return Invalid(DomainErrorCodes.InvalidValue, $"'{periodKey}' is not a period of frequency {frequency}.");
        }

        return period.HasStartedAt(now)
            ? period
            : new DomainError(DomainErrorCodes.PeriodNotStarted, $"Period {period.Key} has not started.") { TargetId = period.Key };
    }

    private static DomainResult<Measurement> CheckInput(MeasurementInput input)
    {
        bool plain = input.Value is not null;
        bool fraction = input.Numerator is not null || input.Denominator is not null;
        if (plain == fraction || (fraction && (input.Numerator is null || input.Denominator is not { } d || d == 0)))
        {
            return Invalid(DomainErrorCodes.InvalidMeasurement, "A measurement is a value, or a numerator with a non-zero denominator.");
        }

        var source = Rules.OptionalText(input.Source, ShortTextMaxLength);
        var note = Rules.OptionalText(input.Note, TextMaxLength);
        if (!source.IsSuccess || !note.IsSuccess)
        {
            return (source.Error ?? note.Error)!;
        }

        return new Measurement
        {
            Value = input.Value,
            Numerator = plain ? null : input.Numerator,
            Denominator = plain ? null : input.Denominator,
            Source = source.Value,
            Note = note.Value,
        };
    }
}
