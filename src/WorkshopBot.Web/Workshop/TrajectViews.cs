using WorkshopBot.Application.Trajecten;
using WorkshopBot.Cards.Views;

namespace WorkshopBot.Web.Workshop;

// Traject overview -> the traject card's view; the edit form only for the traject's moderators.
public static class TrajectViews
{
    public static TrajectView Of(TrajectOverview overview, string viewerId, string? note = null, string? error = null)
    {
        var traject = overview.Traject;
        return new TrajectView(
            traject.Id,
            traject.Name,
            traject.Gemeente,
            traject.Theme,
            [.. traject.Ambitions.Select(a => new AmbitionView(a.Text, [.. a.SubGoals.Select(g => g.Text)]))],
            [.. overview.Werkgroepen.OrderBy(w => w.Name, StringComparer.CurrentCultureIgnoreCase).Select(w => new TrajectWerkgroepView(w.Name, w.StepToShow()))],
            traject.LargeGroupChannel?.ChannelName,
            traject.LargeGroupChannel is not null,
            traject.IsModerator(viewerId),
            AmbitionLines.Format(traject.Ambitions),
            note,
            error);
    }
}
