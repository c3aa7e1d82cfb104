using System.Text.RegularExpressions;

namespace WorkshopBot.Domain.Monitoring;

public sealed partial record WerkgroepMonitoring
{
    // Any partner of the werkgroep adds a story. It must be linked to an indicator or a result, carry no
    // contact details of inwoners (an e-mail address, phone number, postcode with house number or a
    // BSN-like number is refused: the partner rewrites it), and a quote needs the person's consent.
    public DomainResult<Change<WerkgroepMonitoring>> AddStory(MonitoringScope scope, Actor actor, string storyId, StoryInput input, DateTimeOffset now)
    {
        if (Rules.CheckId(storyId, "story") is { } badId)
        {
            return badId;
        }

        if (Stories.Any(s => s.Id == storyId))
        {
            return Change<WerkgroepMonitoring>.Unchanged(this);
        }

        if (!scope.IsPartner(actor.UserId))
        {
            return new DomainError(DomainErrorCodes.NotMember, $"User {actor.UserId} is not a member of the werkgroep.") { TargetId = actor.UserId };
        }

        var text = Rules.RequiredText(input.Text, TextMaxLength, DomainErrorCodes.TextTooLong);
        var theme = Rules.OptionalText(input.Theme, ShortTextMaxLength);
        if (!text.IsSuccess || !theme.IsSuccess)
        {
            return (text.Error ?? theme.Error)!;
        }

        if (ContainsPersonalData(text.Value) || (theme.Value is { } t && ContainsPersonalData(t)))
        {
            return Invalid(DomainErrorCodes.PersonalDataInStory, "The story contains contact details or an id number.");
        }

        if (input.IsQuote && !input.ConsentGiven)
        {
            return Invalid(DomainErrorCodes.ConsentRequired, "A quote needs the consent of the person quoted.");
        }

        var indicatorIds = input.IndicatorIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        var resultIds = input.ResultIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (indicatorIds.Length + resultIds.Length == 0)
        {
            return Invalid(DomainErrorCodes.StoryLinkRequired, "A story is linked to at least one indicator or result.");
        }

        if (indicatorIds.FirstOrDefault(id => !scope.Indicators.ContainsKey(id)) is { } unknownIndicator)
        {
            return Rules.NotFound("Indicator", unknownIndicator);
        }

        if (resultIds.FirstOrDefault(id => !scope.ResultIds.Contains(id)) is { } unknownResult)
        {
            return Rules.NotFound("Result", unknownResult);
        }

        if (Stories.Count >= MaxStories)
        {
            return new DomainError(DomainErrorCodes.TooManyItems, "Too many stories.") { Limit = MaxStories };
        }

        var period = StoryPeriod(scope, input.PeriodKey, indicatorIds, now);
        if (!period.IsSuccess)
        {
            return period.Error!;
        }

        var story = new Story
        {
            Id = storyId,
            Text = text.Value,
            Perspective = input.Perspective,
            Period = period.Value,
            Theme = theme.Value,
            IndicatorIds = indicatorIds,
            ResultIds = resultIds,
            IsQuote = input.IsQuote,
            ConsentGiven = input.ConsentGiven,
            AddedById = actor.UserId,
            AddedByName = actor.DisplayName,
            AddedByOrganisation = actor.Organisation,
            AddedAt = now,
        };
        return Changed(this with { Stories = Stories.With(story) }, actor, now, (MonitoringEventKinds.StoryAdded, $"{storyId} {story.Period.Key}"));
    }

    // The story's period: the one given, else the current period of the first linked indicator's
    // frequency, else the current quarter. A period that has not started is refused.
    private static DomainResult<MonitoringPeriod> StoryPeriod(MonitoringScope scope, string? periodKey, IReadOnlyList<string> indicatorIds, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(periodKey))
        {
            if (MonitoringPeriod.Parse(periodKey) is not { } given)
            {
                return Invalid(DomainErrorCodes.InvalidValue, $"'{periodKey}' is not a period.");
            }

            return given.HasStartedAt(now)
                ? given
                : new DomainError(DomainErrorCodes.PeriodNotStarted, $"Period {given.Key} has not started.") { TargetId = given.Key };
        }

        var frequency = indicatorIds.Select(id => MonitoringFrequencies.Parse(scope.Indicators[id].Frequency)).FirstOrDefault(f => f is not null)
            ?? MonitoringFrequency.Quarterly;
        return MonitoringPeriod.Containing(frequency, now);
    }

    private static bool ContainsPersonalData(string text) => PersonalData().IsMatch(text);

    // E-mail address; Dutch phone number (06-12345678, +31 6 1234 5678, 024-1234567); postcode with a
    // house number (6661 AB 12); a run of nine digits (BSN).
    [GeneratedRegex(
        @"[\w.+-]+@[\w-]+\.[\w.-]+|(?<!\d)(\+31|0031|0)[\s-]?[1-9](?:[\s-]?\d){8}(?!\d)|\b\d{4}\s?[A-Za-z]{2}\s+\d{1,5}\b|(?<!\d)\d{9}(?!\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PersonalData();
}
