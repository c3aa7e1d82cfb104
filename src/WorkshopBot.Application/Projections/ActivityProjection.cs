using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Projections;

// A planned activity with what the activity card, the board and the exports derive from it.
public sealed record ActivityProjection(PlannedActivity Activity, string? ResultText, PersonProjection? ProposedBy)
{
    // The organisations that carry the activity, as one line; null when nobody is named yet.
    public string? Owner => Activity.Organisations.Count == 0 ? null : string.Join(", ", Activity.Organisations);

    // The card names the first result the activity contributes to.
    public static ActivityProjection Of(Werkgroep werkgroep, PlannedActivity activity) => new(
        activity,
        activity.ResultIds.Count == 0 ? null : ResultProjection.StatementOf(werkgroep, activity.ResultIds[0]),
        PersonProjection.ProposerOf(werkgroep, activity));
}
