using WorkshopBot.Domain.Trajecten;
using WorkshopBot.Web.Bot;
using Xunit;

namespace WorkshopBot.Web.Tests.Bot;

public sealed class TrajectChoicesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void For_GroupChatWithoutBoundTraject_OffersModeratedTrajectenMostRecentFirst()
    {
        var moderated = new[] { Traject("tr-old", 0), Traject("tr-new", 5), Traject("tr-mid", 2) };

        var options = TrajectChoices.For(null, moderated);

        Assert.Equal(["tr-new", "tr-mid", "tr-old"], options.Select(o => o.TrajectId));
    }

    [Fact]
    public void For_TrajectBoundHere_ComesFirstAndIsNotRepeated()
    {
        var bound = Traject("tr-bound", 0);
        var moderated = new[] { Traject("tr-other", 3), Traject("tr-bound", 0) };

        var options = TrajectChoices.For(bound, moderated);

        Assert.Equal(["tr-bound", "tr-other"], options.Select(o => o.TrajectId));
        Assert.Equal(("Traject tr-bound", "Neder-Betuwe"), (options[0].Name, options[0].Gemeente));
    }

    [Fact]
    public void For_UserModeratesNothing_OffersOnlyTheBoundTraject()
    {
        var options = TrajectChoices.For(Traject("tr-bound", 0), []);

        Assert.Equal("tr-bound", Assert.Single(options).TrajectId);
    }

    [Fact]
    public void For_ManyModeratedTrajecten_IsCappedAndKeepsTheBoundOne()
    {
        var moderated = Enumerable.Range(1, 30).Select(i => Traject($"tr-{i:00}", i)).ToArray();

        var options = TrajectChoices.For(Traject("tr-bound", 0), moderated);

        Assert.Equal(TrajectChoices.MaxOffered, options.Count);
        Assert.Equal("tr-bound", options[0].TrajectId);
        Assert.Equal("tr-30", options[1].TrajectId);
    }

    private static Traject Traject(string id, int daysLater) => new()
    {
        Id = id,
        Name = "Traject " + id,
        Gemeente = "Neder-Betuwe",
        UpdatedAt = Monday.AddDays(daysLater),
    };
}
