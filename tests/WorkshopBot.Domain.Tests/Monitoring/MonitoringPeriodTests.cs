using WorkshopBot.Domain.Monitoring;

namespace WorkshopBot.Domain.Tests.Monitoring;

public sealed class MonitoringPeriodTests
{
    [Theory]
    [InlineData("per kwartaal", MonitoringFrequency.Quarterly)]
    [InlineData("Elk kwartaal", MonitoringFrequency.Quarterly)]
    [InlineData("quarterly", MonitoringFrequency.Quarterly)]
    [InlineData("per maand", MonitoringFrequency.Monthly)]
    [InlineData("maandelijks", MonitoringFrequency.Monthly)]
    [InlineData("per half jaar", MonitoringFrequency.HalfYearly)]
    [InlineData("halfjaarlijks", MonitoringFrequency.HalfYearly)]
    [InlineData("2x per jaar", MonitoringFrequency.HalfYearly)]
    [InlineData("per jaar", MonitoringFrequency.Yearly)]
    [InlineData("jaarlijks", MonitoringFrequency.Yearly)]
    [InlineData("annually", MonitoringFrequency.Yearly)]
    public void Frequency_FromDefinitionSheetWords(string text, MonitoringFrequency expected) =>
        Assert.Equal(expected, MonitoringFrequencies.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bij elke bijeenkomst")]
    public void Frequency_Unrecognised_HasNone(string? text) => Assert.Null(MonitoringFrequencies.Parse(text));

    [Fact]
    public void Quarter_StartsAtMidnightAmsterdam_NotUtc()
    {
        // 31 December 2026 23:30 UTC is already 1 January 2027 00:30 in Amsterdam (CET, UTC+1).
        var newYearInAmsterdam = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);

        var period = MonitoringPeriod.Containing(MonitoringFrequency.Quarterly, newYearInAmsterdam);

        Assert.Equal("2027-Q1", period.Key);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero), period.StartsAt);
    }

    [Fact]
    public void Quarter_EndsAtMidnightAmsterdamInSummerTime()
    {
        // Q2 ends at 1 July 00:00 CEST = 30 June 22:00 UTC.
        var q2 = new MonitoringPeriod(MonitoringFrequency.Quarterly, 2026, 2);

        Assert.Equal(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero), q2.EndsAt);
        Assert.False(q2.HasEndedAt(new DateTimeOffset(2026, 6, 30, 21, 59, 0, TimeSpan.Zero)));
        Assert.True(q2.HasEndedAt(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(MonitoringFrequency.Monthly, "2026-M11", "2026-12-01", "2026-12-29")]
    [InlineData(MonitoringFrequency.Quarterly, "2026-Q4", "2027-01-01", "2027-01-29")]
    [InlineData(MonitoringFrequency.HalfYearly, "2026-H2", "2027-01-01", "2027-01-29")]
    [InlineData(MonitoringFrequency.Yearly, "2026", "2027-01-01", "2027-01-29")]
    public void DueDates_PerFrequency(MonitoringFrequency frequency, string key, string becomesDue, string dueBy)
    {
        var period = MonitoringPeriod.Parse(key)!;

        Assert.Equal(frequency, period.Frequency);
        Assert.Equal(DateOnly.Parse(becomesDue), period.EndExclusive);
        Assert.Equal(DateOnly.Parse(dueBy), period.DueBy);
    }

    [Fact]
    public void LastEnded_InMidDecember_IsQ3()
    {
        var now = new DateTimeOffset(2026, 12, 14, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal("2026-Q3", MonitoringPeriod.LastEnded(MonitoringFrequency.Quarterly, now).Key);
        Assert.Equal("2026-M11", MonitoringPeriod.LastEnded(MonitoringFrequency.Monthly, now).Key);
        Assert.Equal("2026-H1", MonitoringPeriod.LastEnded(MonitoringFrequency.HalfYearly, now).Key);
        Assert.Equal("2025", MonitoringPeriod.LastEnded(MonitoringFrequency.Yearly, now).Key);
    }

    [Fact]
    public void EndedBetween_CrossesTheYear()
    {
        var now = new DateTimeOffset(2027, 2, 10, 10, 0, 0, TimeSpan.Zero);

        var periods = MonitoringPeriod.EndedBetween(MonitoringFrequency.Quarterly, new DateOnly(2026, 5, 20), now);

        Assert.Equal(["2026-Q2", "2026-Q3", "2026-Q4"], periods.Select(p => p.Key));
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-M13")]
    [InlineData("2026-M1")]
    [InlineData("2026-H3")]
    [InlineData("26-Q1")]
    [InlineData("2026-X1")]
    [InlineData("abcd")]
    public void Parse_RefusesWhatIsNotAKey(string key) => Assert.Null(MonitoringPeriod.Parse(key));

    [Fact]
    public void NextAndPrevious_WrapTheYear()
    {
        var q4 = new MonitoringPeriod(MonitoringFrequency.Quarterly, 2026, 4);

        Assert.Equal("2027-Q1", q4.Next().Key);
        Assert.Equal("2026-Q4", q4.Next().Previous().Key);
    }
}
