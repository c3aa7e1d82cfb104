using System.Collections.Concurrent;
using System.Reflection;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Domain.Werkgroepen;

// How much one werkgroep may hold (issue 13, finding 5). The whole board lives in one stored aggregate
// with a hard size limit, so every list that users can grow is capped and the aggregate as a whole has a
// size budget that is refused with a domain error ("werkgroep-full") well before storage would fail.
//
// Deleted notes are tombstones: their text, the author's name and organisation, their votes and cluster
// are purged at once (DeleteNote) and only what the rules still need stays: the id (so a redelivered
// add stays a no-op), the step and author id (so recent deletions keep counting for the author's quota)
// and the moment of deletion. Compact drops tombstones once neither needs them any more.
public sealed partial record Werkgroep
{
    private const int RecordCost = 160;
    private const int SmallRecordCost = 60;

    // Cached per item type: the string properties whose length counts towards the size estimate.
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> TextProperties = new();

    // A rough upper bound of the stored size in "units": one per character of user text (the worst case,
    // random non-Latin text, compresses to about two bytes per character) plus a fixed cost per record
    // for its JSON keys and timestamps. The storage test of WorkshopLimits.WerkgroepSizeBudget shows that a
    // werkgroep at the budget filled with such text still saves.
    public long EstimatedSize()
    {
        long size = RecordCost + Name.Length;
        foreach (var note in Notes)
        {
            size += RecordCost + note.Id.Length + note.AuthorId.Length + note.AuthorName.Length
                + (note.Organisation?.Length ?? 0) + note.Text.Length + (note.Cluster?.Length ?? 0)
                + (note.MergedIntoId?.Length ?? 0);
            foreach (var mergedId in note.MergedFromIds)
            {
                // A loop, not Sum: this runs over every note on every change, and Sum boxes an enumerator per note.
                size += mergedId.Length;
            }

            foreach (var vote in note.Votes)
            {
                size += SmallRecordCost + vote.UserId.Length;
            }
        }

        foreach (var member in Members.Concat(FormerMembers))
        {
            size += RecordCost + member.UserId.Length + member.Name.Length + (member.Organisation?.Length ?? 0) + (member.TeamsId?.Length ?? 0);
        }

        size += Moderators.Sum(m => SmallRecordCost + m.UserId.Length + m.Name.Length);
        foreach (FormalItem item in Results.Cast<FormalItem>().Concat(Indicators).Concat(Activities).Concat(QualityAgreements))
        {
            size += RecordCost * 2 + TextLength(item);
        }

        return size;
    }

    // Purges what a deleted note no longer needs and drops tombstones older than tombstoneAge (they are
    // past the deletion window of the quota and past any redelivery). Returns the werkgroep unchanged
    // when there is nothing to compact. Not an action of a person: the operator's repair command runs it.
    public Werkgroep Compact(DateTimeOffset now, TimeSpan tombstoneAge)
    {
        var notes = Notes
            .Where(n => !n.IsDeleted || now - (n.DeletedAt ?? n.EditedAt ?? n.CreatedAt) < tombstoneAge)
            .Select(n => n.IsDeleted ? Tombstone(n, n.DeletedAt ?? n.EditedAt ?? now) : n)
            .ToArray();
        return notes.SequenceEqual(Notes) ? this : this with { Notes = notes };
    }

    // Compact as a change the operator signs in the audit; unchanged when there is nothing to compact.
    public Change<Werkgroep> Repair(DateTimeOffset now, TimeSpan tombstoneAge)
    {
        var compacted = Compact(now, tombstoneAge);
        return ReferenceEquals(compacted, this)
            ? Change<Werkgroep>.Unchanged(this)
            : Commit(compacted, SystemActors.Operator, now, [(WorkshopEventKinds.WerkgroepCompacted, $"{Notes.Count - compacted.Notes.Count} tombstones dropped")]);
    }

    // What stays of a deleted note (see the class comment for why each field stays).
    internal static Note Tombstone(Note note, DateTimeOffset deletedAt) => note with
    {
        Text = "",
        AuthorName = "",
        Organisation = null,
        Votes = [],
        Cluster = null,
        IsDeleted = true,
        DeletedAt = deletedAt,
        EditedAt = deletedAt,
    };

    // Refuses a new formal item past the cap of its kind.
    private DomainError? CheckItemCap(FormalItemKind kind)
    {
        var (count, cap) = kind switch
        {
            FormalItemKind.Result => (Results.Count, WorkshopLimits.MaxResults),
            FormalItemKind.Indicator => (Indicators.Count, WorkshopLimits.MaxIndicators),
            FormalItemKind.Activity => (Activities.Count, WorkshopLimits.MaxActivities),
            _ => (QualityAgreements.Count, WorkshopLimits.MaxQualityAgreements),
        };
        return count >= cap
            ? new DomainError(DomainErrorCodes.TooManyItems, $"A werkgroep holds at most {cap} items of kind {kind}.") { Limit = cap }
            : null;
    }

    // The author's own notes in a step that count for the quota: the active ones and those deleted less
    // than WorkshopLimits.DeletedNoteQuotaWindow ago, so deleting cannot reset the quota endlessly.
    private int NotesCountingForQuota(string userId, int step, DateTimeOffset now) =>
        Notes.Count(n => n.AuthorId == userId && n.Step == step
            && (!n.IsDeleted || (n.DeletedAt is { } deleted && now - deleted < WorkshopLimits.DeletedNoteQuotaWindow)));

    private static long TextLength(object item)
    {
        var properties = TextProperties.GetOrAdd(item.GetType(), type => type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0
                && (p.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType)))
            .ToArray());
        long length = 0;
        foreach (var property in properties)
        {
            switch (property.GetValue(item))
            {
                case string text:
                    length += text.Length;
                    break;
                case IEnumerable<string> texts:
                    length += texts.Sum(t => (long)(t?.Length ?? 0) + 4);
                    break;
            }
        }

        return length;
    }
}
