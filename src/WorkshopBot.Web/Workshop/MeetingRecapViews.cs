using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Web.Workshop;

// Werkgroep -> meeting recap: the numbers come from Werkgroep.RecapSince, the lines from the items
// created since the meeting started (promoted from a note or proposed directly).
public static class MeetingRecapViews
{
    public static MeetingRecapView Recap(Werkgroep werkgroep, DateTimeOffset since, string? boardUrl)
    {
        var recap = werkgroep.RecapSince(since);
        var newItems = werkgroep.Results.Cast<FormalItem>()
            .Concat(werkgroep.Indicators)
            .Concat(werkgroep.Activities)
            .Concat(werkgroep.QualityAgreements)
            .Where(i => i.CreatedAt >= since)
            .OrderBy(i => i.CreatedAt)
            .ToList();
        return new MeetingRecapView
        {
            WerkgroepId = werkgroep.Id,
            WerkgroepName = werkgroep.Name,
            MeetingDate = since,
            NotesAdded = recap.NotesAdded,
            VotesCast = recap.VotesCast,
            ParticipantCount = recap.Contributors,
            StepsWorkedOn = werkgroep.Notes.Where(n => n.CreatedAt >= since && !n.IsDeleted).Select(n => n.Step)
                .Concat(newItems.Select(i => i.CompassStep))
                .Distinct()
                .Order()
                .ToList(),
            ItemsPromoted = newItems.Select(i => new PromotedItemLine(i.Kind, Text(i))).ToList(),
            BoardUrl = boardUrl,
        };
    }

    private static string Text(FormalItem item) => item switch
    {
        Result result => result.Statement,
        Indicator indicator => indicator.Name,
        PlannedActivity activity => activity.What,
        QualityAgreement agreement => agreement.Description,
        _ => item.Id,
    };
}
