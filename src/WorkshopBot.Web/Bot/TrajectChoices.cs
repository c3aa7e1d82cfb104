using WorkshopBot.Cards.Views;
using WorkshopBot.Domain.Trajecten;

namespace WorkshopBot.Web.Bot;

// The trajecten the werkgroep start card offers: the one bound to this conversation (or the team's
// General channel) first and preselected, then the trajecten the user moderates, most recent first, so a
// werkgroep in a meeting chat or group chat can still be attached to its large group.
public static class TrajectChoices
{
    public const int MaxOffered = 20;

    public static IReadOnlyList<TrajectOption> For(Traject? boundHere, IReadOnlyList<Traject> moderated, int max = MaxOffered)
    {
        var options = new List<TrajectOption>();
        if (boundHere is not null)
        {
            options.Add(Option(boundHere));
        }

        options.AddRange(moderated
            .Where(t => t.Id != boundHere?.Id)
            .DistinctBy(t => t.Id)
            .OrderByDescending(t => t.UpdatedAt)
            .Select(Option));
        return options.Take(Math.Max(0, max)).ToArray();
    }

    private static TrajectOption Option(Traject traject) => new(traject.Id, traject.Name, traject.Gemeente);
}
