using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Domain.Werkgroepen;

// Parking: the moderator sets an item aside to come back to later, from the card or the board. A parked
// item is kept whole — fields, version history and links both ways (indicators and activities stay linked
// to a parked result, a parked indicator keeps its result) — it is only out of the running: it cannot be
// vastgesteld and only a moderator edits it. Its source note is parked with it, so the note shows as
// geparkeerd on the wall and the exports list it among the parked questions: one notion of parking for
// notes and items. Back to draft (unpark) makes the item a concept again and its note a voorstel; a
// vastgesteld item that is parked loses its vaststelling and must be vastgesteld again.
public sealed partial record Werkgroep
{
    public DomainResult<Change<Werkgroep>> ParkItem(Actor actor, FormalItemKind kind, string itemId, DateTimeOffset now) =>
        SetParked(actor, kind, itemId, parked: true, now);

    public DomainResult<Change<Werkgroep>> UnparkItem(Actor actor, FormalItemKind kind, string itemId, DateTimeOffset now) =>
        SetParked(actor, kind, itemId, parked: false, now);

    private DomainResult<Change<Werkgroep>> SetParked(Actor actor, FormalItemKind kind, string itemId, bool parked, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        var item = FindItem(kind, itemId);
        if (item is null)
        {
            return Rules.NotFound(kind.ToString(), itemId);
        }

        // Parking a parked item (a redelivered click, two moderators at once) changes nothing; so does
        // unparking an item that is not parked.
        if ((item.Status == ItemStatus.Geparkeerd) == parked)
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        if (StepStateOf(item.CompassStep).Status == StepStatus.Locked)
        {
            return StepLockedError(item.CompassStep);
        }

        var changed = item with
        {
            Status = parked ? ItemStatus.Geparkeerd : ItemStatus.Concept,
            VastgesteldAt = null,
            ItemVersion = item.ItemVersion + 1,
            UpdatedAt = now,
        };
        var next = Upsert(changed);
        if (item.SourceNoteId is { } noteId)
        {
            var noteStatus = parked ? NoteStatus.Geparkeerd : NoteStatus.Voorstel;
            next = next with { Notes = next.Notes.Replace(n => n.Id == noteId, n => n with { Status = noteStatus }) };
        }

        return Commit(next, actor, now, [(parked ? WorkshopEventKinds.ItemParked : WorkshopEventKinds.ItemUnparked, $"{kind} {itemId}")]);
    }

    private static DomainError ParkedError(FormalItem item) =>
        new(DomainErrorCodes.ItemParked, $"{item.Kind} {item.Id} is parked; a moderator brings it back first.") { TargetId = item.Id };
}
