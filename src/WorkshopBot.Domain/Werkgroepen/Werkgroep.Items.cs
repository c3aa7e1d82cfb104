using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Items;

namespace WorkshopBot.Domain.Werkgroepen;

// Formal items: results, indicators, activities and quality agreements. Moderators promote notes;
// any member proposes items directly. Edits carry the ItemVersion the card showed, so an edit from a
// stale card is refused instead of silently overwriting someone else's change. A locked step freezes its
// items; a vastgesteld item can only be edited by a moderator.
public sealed partial record Werkgroep
{
    // Turns a note into a result, prefilled with the note text. Level defaults to Voorziening for a note
    // of step 5 and Samenleving otherwise; with exactly one ambition in focus the result is linked to it.
    public DomainResult<Change<Werkgroep>> PromoteToResult(Actor actor, string noteId, string resultId, ResultLevel? level, DateTimeOffset now)
    {
        return Promote(actor, noteId, FormalItemKind.Result, resultId, now, note => new Result
        {
            Level = level ?? ResultLevels.ForStep(note.Step),
            Statement = note.Text,
            AmbitionId = FocusAmbitionIds.Count == 1 ? FocusAmbitionIds[0] : null,
        });
    }

    // Turns a note into an indicator named after the note, optionally linked to a result; its step is the
    // result's step when linked, else the note's.
    public DomainResult<Change<Werkgroep>> PromoteToIndicator(Actor actor, string noteId, string indicatorId, string? resultId, DateTimeOffset now)
    {
        Result? result = null;
        if (resultId is not null && (result = Results.FirstOrDefault(r => r.Id == resultId)) is null)
        {
            return Rules.NotFound("Result", resultId);
        }

        return Promote(actor, noteId, FormalItemKind.Indicator, indicatorId, now, note => new Indicator
        {
            Step = result?.CompassStep ?? note.Step,
            ResultId = resultId,
            Name = note.Text,
        });
    }

    public DomainResult<Change<Werkgroep>> PromoteToActivity(Actor actor, string noteId, string activityId, DateTimeOffset now)
    {
        return Promote(actor, noteId, FormalItemKind.Activity, activityId, now, note => new PlannedActivity
        {
            What = note.Text,
            Organisations = OrganisationOf(note) is { } organisation ? [organisation] : [],
        });
    }

    public DomainResult<Change<Werkgroep>> PromoteToQualityAgreement(Actor actor, string noteId, string agreementId, DateTimeOffset now)
    {
        return Promote(actor, noteId, FormalItemKind.QualityAgreement, agreementId, now, note => new QualityAgreement
        {
            Description = note.Text,
            OwnerOrganisation = OrganisationOf(note),
        });
    }

    public DomainResult<Change<Werkgroep>> ProposeResult(Actor actor, string resultId, ResultLevel level, ResultDraft draft, DateTimeOffset now)
    {
        return Propose(actor, FormalItemKind.Result, resultId, now, ApplyDraft(new Result { Level = level }, draft));
    }

    // The draft of an indicator is an Indicator without identity: its definition sheet is all a card can
    // fill in, so the sheet's fields are listed once. Only those fields are read from it.
    public DomainResult<Change<Werkgroep>> ProposeIndicator(Actor actor, string indicatorId, int step, Indicator draft, DateTimeOffset now)
    {
        if (Rules.CheckStep(step) is { } badStep)
        {
            return badStep;
        }

        return Propose(actor, FormalItemKind.Indicator, indicatorId, now, ApplyDraft(new Indicator { Step = step }, draft));
    }

    public DomainResult<Change<Werkgroep>> ProposeActivity(Actor actor, string activityId, PlannedActivityDraft draft, DateTimeOffset now)
    {
        return Propose(actor, FormalItemKind.Activity, activityId, now, ApplyDraft(new PlannedActivity(), draft));
    }

    public DomainResult<Change<Werkgroep>> ProposeQualityAgreement(Actor actor, string agreementId, QualityAgreementDraft draft, DateTimeOffset now)
    {
        return Propose(actor, FormalItemKind.QualityAgreement, agreementId, now, ApplyDraft(new QualityAgreement(), draft));
    }

    public DomainResult<Change<Werkgroep>> EditResult(Actor actor, string resultId, int expectedItemVersion, ResultDraft draft, DateTimeOffset now)
    {
        var existing = Results.FirstOrDefault(r => r.Id == resultId);
        return existing is null
            ? Rules.NotFound("Result", resultId)
            : Edit(actor, existing, expectedItemVersion, now, ApplyDraft(existing, draft));
    }

    public DomainResult<Change<Werkgroep>> EditIndicator(Actor actor, string indicatorId, int expectedItemVersion, Indicator draft, DateTimeOffset now)
    {
        var existing = Indicators.FirstOrDefault(i => i.Id == indicatorId);
        return existing is null
            ? Rules.NotFound("Indicator", indicatorId)
            : Edit(actor, existing, expectedItemVersion, now, ApplyDraft(existing, draft));
    }

    public DomainResult<Change<Werkgroep>> EditActivity(Actor actor, string activityId, int expectedItemVersion, PlannedActivityDraft draft, DateTimeOffset now)
    {
        var existing = Activities.FirstOrDefault(a => a.Id == activityId);
        return existing is null
            ? Rules.NotFound("Activity", activityId)
            : Edit(actor, existing, expectedItemVersion, now, ApplyDraft(existing, draft));
    }

    public DomainResult<Change<Werkgroep>> EditQualityAgreement(
        Actor actor,
        string agreementId,
        int expectedItemVersion,
        QualityAgreementDraft draft,
        DateTimeOffset now)
    {
        var existing = QualityAgreements.FirstOrDefault(q => q.Id == agreementId);
        return existing is null
            ? Rules.NotFound("Quality agreement", agreementId)
            : Edit(actor, existing, expectedItemVersion, now, ApplyDraft(existing, draft));
    }

    // The moderator accepts an item on behalf of the group; the note it came from becomes vastgesteld too.
    public DomainResult<Change<Werkgroep>> MarkVastgesteld(Actor actor, FormalItemKind kind, string itemId, DateTimeOffset now)
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

        if (item.Status == ItemStatus.Vastgesteld)
        {
            return new DomainError(DomainErrorCodes.AlreadyVastgesteld, $"{kind} {itemId} is already vastgesteld.") { TargetId = itemId };
        }

        if (item.Status == ItemStatus.Geparkeerd)
        {
            return ParkedError(item);
        }

        if (StepStateOf(item.CompassStep).Status == StepStatus.Locked)
        {
            return StepLockedError(item.CompassStep);
        }

        var accepted = item with
        {
            Status = ItemStatus.Vastgesteld,
            VastgesteldAt = now,
            ItemVersion = item.ItemVersion + 1,
            UpdatedAt = now,
        };
        var next = Upsert(accepted);
        if (item.SourceNoteId is { } noteId)
        {
            next = next with { Notes = next.Notes.Replace(n => n.Id == noteId, n => n with { Status = NoteStatus.Vastgesteld }) };
        }

        return Commit(next, actor, now, [(WorkshopEventKinds.ItemVastgesteld, $"{kind} {itemId}")]);
    }

    private DomainResult<Change<Werkgroep>> Promote(
        Actor actor,
        string noteId,
        FormalItemKind kind,
        string itemId,
        DateTimeOffset now,
        Func<Note, FormalItem> prefill)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        if (FindItem(kind, itemId) is not null)
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        if ((Rules.CheckId(itemId, kind.ToString()) ?? CheckItemCap(kind)) is { } refused)
        {
            return refused;
        }

        var found = ActiveNote(noteId);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var note = found.Value;
        var item = Stamp(prefill(note), itemId, actor, now) with { SourceNoteId = note.Id };
        if (StepStateOf(item.CompassStep).Status == StepStatus.Locked)
        {
            return StepLockedError(item.CompassStep);
        }

        var events = new List<(string, string)>();
        var next = Joined(actor, now, events).Upsert(item);
        next = next with
        {
            Notes = next.Notes.Replace(
                n => n.Id == note.Id,
                n => n with
                {
                    PromotedTo = new NoteRef(kind, itemId),
                    Status = n.Status == NoteStatus.Vastgesteld ? NoteStatus.Vastgesteld : NoteStatus.Voorstel,
                }),
        };
        events.Add((WorkshopEventKinds.ItemPromoted, $"{kind} {itemId} from note {note.Id}"));
        return Commit(next, actor, now, events);
    }

    private DomainResult<Change<Werkgroep>> Propose<T>(Actor actor, FormalItemKind kind, string itemId, DateTimeOffset now, DomainResult<T> draft)
        where T : FormalItem
    {
        if (FindItem(kind, itemId) is not null)
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        if ((Rules.CheckId(itemId, kind.ToString()) ?? CheckItemCap(kind)) is { } refused)
        {
            return refused;
        }

        if (!draft.IsSuccess)
        {
            return draft.Error!;
        }

        var item = Stamp(draft.Value, itemId, actor, now);
        if (StepStateOf(item.CompassStep).Status == StepStatus.Locked)
        {
            return StepLockedError(item.CompassStep);
        }

        var events = new List<(string, string)>();
        var next = Joined(actor, now, events).Upsert(item);
        events.Add((WorkshopEventKinds.ItemProposed, $"{kind} {itemId}"));
        return Commit(next, actor, now, events);
    }

    private DomainResult<Change<Werkgroep>> Edit(Actor actor, FormalItem existing, int expectedItemVersion, DateTimeOffset now, DomainResult<FormalItem> applied)
    {
        if (!applied.IsSuccess)
        {
            return applied.Error!;
        }

        // The same content again (a redelivered submit, or a save without changes) is not an edit.
        if (applied.Value with { ItemVersion = existing.ItemVersion, UpdatedAt = existing.UpdatedAt } == existing)
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        if (existing.ItemVersion != expectedItemVersion)
        {
            return new DomainError(DomainErrorCodes.StaleItem, $"{existing.Kind} {existing.Id} changed since the card was shown.")
            {
                TargetId = existing.Id,
                CurrentVersion = existing.ItemVersion,
            };
        }

        if (StepStateOf(existing.CompassStep).Status == StepStatus.Locked)
        {
            return StepLockedError(existing.CompassStep);
        }

        if (existing.Status == ItemStatus.Geparkeerd && !IsModerator(actor.UserId))
        {
            return ParkedError(existing);
        }

        if (existing.Status == ItemStatus.Vastgesteld && !IsModerator(actor.UserId))
        {
            return new DomainError(DomainErrorCodes.ItemVastgesteld, $"{existing.Kind} {existing.Id} is vastgesteld; only a moderator can change it.")
            {
                TargetId = existing.Id,
            };
        }

        var updated = applied.Value with { ItemVersion = existing.ItemVersion + 1, UpdatedAt = now };
        var events = new List<(string, string)>();
        var next = Joined(actor, now, events).Upsert(updated);
        events.Add((WorkshopEventKinds.ItemEdited, $"{existing.Kind} {existing.Id} v{updated.ItemVersion}"));
        return Commit(next, actor, now, events);
    }
}
