using WorkshopBot.Domain.Audit;

namespace WorkshopBot.Domain.Werkgroepen;

// Numbers for a meeting recap ("vandaag 34 notities, 60 stemmen, 3 resultaten").
public sealed record WerkgroepRecap(
    int NotesAdded,
    int VotesCast,
    int ItemsPromoted,
    int ItemsProposed,
    int ItemsVastgesteld,
    int Contributors)
{
    // Recap over the changes after fromVersion up to and including toVersion, from the audit trail.
    public static WerkgroepRecap FromEvents(IReadOnlyList<WorkshopEvent> events, string werkgroepId, int fromVersion, int toVersion)
    {
        var window = events
            .Where(e => e.AggregateId == werkgroepId && e.Sequence > fromVersion && e.Sequence <= toVersion)
            .ToArray();
        int Count(string kind) => window.Count(e => e.Kind == kind);
        var contributorKinds = new HashSet<string>
        {
            WorkshopEventKinds.NoteAdded, WorkshopEventKinds.Voted, WorkshopEventKinds.ItemProposed, WorkshopEventKinds.NoteEdited,
        };
        return new WerkgroepRecap(
            Count(WorkshopEventKinds.NoteAdded),
            Math.Max(0, Count(WorkshopEventKinds.Voted) - Count(WorkshopEventKinds.Unvoted)),
            Count(WorkshopEventKinds.ItemPromoted),
            Count(WorkshopEventKinds.ItemProposed),
            Count(WorkshopEventKinds.ItemVastgesteld),
            window.Where(e => contributorKinds.Contains(e.Kind)).Select(e => e.ActorId).Distinct().Count());
    }
}
