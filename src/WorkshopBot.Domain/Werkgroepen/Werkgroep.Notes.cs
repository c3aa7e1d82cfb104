using WorkshopBot.Domain;
using WorkshopBot.Domain.Audit;

namespace WorkshopBot.Domain.Werkgroepen;

public sealed partial record Werkgroep
{
    public Note? FindNote(string noteId) => Notes.FirstOrDefault(n => n.Id == noteId);

    // noteId comes from the caller (e.g. derived from the activity id) so a redelivered message adds nothing.
    public DomainResult<Change<Werkgroep>> AddNote(Actor actor, string noteId, int step, string text, DateTimeOffset now)
    {
        if (FindNote(noteId) is not null)
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        if ((Rules.CheckId(noteId, "note") ?? Rules.CheckStep(step) ?? CheckStepOpen(step)) is { } error)
        {
            return error;
        }

        var checkedText = Rules.RequiredText(text, WorkshopLimits.NoteMaxLength, DomainErrorCodes.NoteTooLong);
        if (!checkedText.IsSuccess)
        {
            return checkedText.Error!;
        }

        if (CheckNoteQuota(actor, step, adding: 1, now) is { } quota)
        {
            return quota;
        }

        var events = new List<(string, string)>();
        var next = Joined(actor, now, events);
        events.Add((WorkshopEventKinds.NoteAdded, $"note {noteId} in step {step}"));
        return Commit(next with { Notes = Notes.With(NewNote(actor, noteId, step, checkedText.Value, now)) }, actor, now, events);
    }

    // Several notes at once, e.g. one per line of a text box. Blank lines are skipped. Note ids are
    // "{batchId}-{line index}", so a redelivered batch adds nothing; one invalid line rejects the whole batch.
    public DomainResult<Change<Werkgroep>> AddNotes(Actor actor, string batchId, int step, IReadOnlyList<string> lines, DateTimeOffset now)
    {
        if ((Rules.CheckId(batchId, "batch") ?? Rules.CheckStep(step)) is { } error)
        {
            return error;
        }

        var texts = lines.Select(l => (l ?? "").Trim()).Where(l => l.Length > 0).ToArray();
        if (texts.Length == 0)
        {
            return new DomainError(DomainErrorCodes.EmptyText, "There are no notes in the text.");
        }

        if (texts.Length > WorkshopLimits.NotesPerBatch)
        {
            return new DomainError(DomainErrorCodes.TooManyNotes, $"At most {WorkshopLimits.NotesPerBatch} notes at once.")
            {
                Limit = WorkshopLimits.NotesPerBatch,
            };
        }

        var ids = texts.Select((_, i) => $"{batchId}-{i + 1}").ToArray();
        if (ids.All(id => FindNote(id) is not null))
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        if (CheckStepOpen(step) is { } closed)
        {
            return closed;
        }

        foreach (string text in texts)
        {
            var checkedText = Rules.RequiredText(text, WorkshopLimits.NoteMaxLength, DomainErrorCodes.NoteTooLong);
            if (!checkedText.IsSuccess)
            {
                return checkedText.Error!;
            }
        }

        var newIds = ids.Where(id => FindNote(id) is null).ToHashSet();
        if (CheckNoteQuota(actor, step, newIds.Count, now) is { } quota)
        {
            return quota;
        }

        var events = new List<(string, string)>();
        var next = Joined(actor, now, events);
        var notes = Notes.ToList();
        for (int i = 0; i < texts.Length; i++)
        {
            if (newIds.Contains(ids[i]))
            {
                notes.Add(NewNote(actor, ids[i], step, texts[i], now));
                events.Add((WorkshopEventKinds.NoteAdded, $"note {ids[i]} in step {step}"));
            }
        }

        return Commit(next with { Notes = notes }, actor, now, events);
    }

    // Authors edit their own notes; moderators may edit any. The same text again changes nothing.
    public DomainResult<Change<Werkgroep>> EditNote(Actor actor, string noteId, string text, DateTimeOffset now)
    {
        var found = EditableNote(actor.UserId, noteId);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var note = found.Value;
        var checkedText = Rules.RequiredText(text, WorkshopLimits.NoteMaxLength, DomainErrorCodes.NoteTooLong);
        if (!checkedText.IsSuccess)
        {
            return checkedText.Error!;
        }

        if (checkedText.Value == note.Text)
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        var events = new List<(string, string)>();
        var next = Joined(actor, now, events);
        events.Add((WorkshopEventKinds.NoteEdited, $"note {noteId}"));
        return Commit(
            next with { Notes = Notes.Replace(n => n.Id == noteId, n => n with { Text = checkedText.Value, EditedAt = now }) },
            actor,
            now,
            events);
    }

    // Authors delete their own notes; moderators any. Deleting an already deleted note changes nothing.
    public DomainResult<Change<Werkgroep>> DeleteNote(Actor actor, string noteId, DateTimeOffset now)
    {
        if (FindNote(noteId) is { IsDeleted: true } deleted && (deleted.AuthorId == actor.UserId || IsModerator(actor.UserId)))
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        var found = ChangeableNote(actor.UserId, noteId);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        if (StepStateOf(found.Value.Step).Status == StepStatus.Locked)
        {
            return StepLockedError(found.Value.Step);
        }

        return Commit(
            this with { Notes = Notes.Replace(n => n.Id == noteId, n => Tombstone(n, now)) },
            actor,
            now,
            [(WorkshopEventKinds.NoteDeleted, $"note {noteId}")]);
    }

    // Authors move their own notes between open steps (as on the board page); moderators move any note
    // between steps that are not locked. A note leaves its cluster: cluster labels belong to a step.
    public DomainResult<Change<Werkgroep>> MoveNote(Actor actor, string noteId, int toStep, DateTimeOffset now)
    {
        var found = ChangeableNote(actor.UserId, noteId);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var note = found.Value;
        if (Rules.CheckStep(toStep) is { } badStep)
        {
            return badStep;
        }

        if (note.Step == toStep)
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        var isModerator = IsModerator(actor.UserId);
        foreach (int step in new[] { note.Step, toStep })
        {
            var stepError = isModerator
                ? StepStateOf(step).Status == StepStatus.Locked ? StepLockedError(step) : null
                : CheckStepOpen(step);
            if (stepError is not null)
            {
                return stepError;
            }
        }

        if (note.AuthorId == actor.UserId && CheckNoteQuota(actor, toStep, adding: 1, now) is { } quota)
        {
            return quota;
        }

        return Commit(
            this with { Notes = Notes.Replace(n => n.Id == noteId, n => n with { Step = toStep, Cluster = null }) },
            actor,
            now,
            [(WorkshopEventKinds.NoteMoved, $"note {noteId} step {note.Step} -> {toStep}")]);
    }

    private static Note NewNote(Actor actor, string noteId, int step, string text, DateTimeOffset now) => new()
    {
        Id = noteId,
        Step = step,
        AuthorId = actor.UserId,
        AuthorName = actor.DisplayName,
        Organisation = actor.Organisation,
        Text = text,
        CreatedAt = now,
    };

    private static DomainError NoteRemovedError(Note note) =>
        new(DomainErrorCodes.NoteRemoved, $"Note {note.Id} was merged into {note.MergedIntoId}.") { TargetId = note.MergedIntoId };

    // Notes only go into an open step; the error carries the step so the user hears which one.
    private DomainError? CheckStepOpen(int step) => StepStateOf(step).Status switch
    {
        StepStatus.Open => null,
        StepStatus.Locked => StepLockedError(step),
        _ => new DomainError(DomainErrorCodes.StepClosed, $"Step {step} is closed.") { Step = step },
    };

    // Notes the author deleted recently count too (NotesCountingForQuota), so deleting cannot reset it.
    private DomainError? CheckNoteQuota(Actor actor, int step, int adding, DateTimeOffset now)
    {
        int own = NotesCountingForQuota(actor.UserId, step, now);
        return own + adding > WorkshopLimits.NotesPerPersonPerStep
            ? new DomainError(DomainErrorCodes.TooManyNotes, $"At most {WorkshopLimits.NotesPerPersonPerStep} notes per person per step.")
            {
                Step = step,
                Limit = WorkshopLimits.NotesPerPersonPerStep,
            }
            : null;
    }

    private DomainResult<Note> ActiveNote(string noteId)
    {
        var note = FindNote(noteId);
        if (note is null || note.IsDeleted)
        {
            return Rules.NotFound("Note", noteId);
        }

        return note.IsActive ? note : NoteRemovedError(note);
    }

    private DomainResult<Note> ActiveNoteForModerator(Actor actor, string noteId) =>
        !IsModerator(actor.UserId) ? Rules.NotModerator(actor.UserId) : ActiveNote(noteId);

    // The note a user may change (edit, move, delete): her own, or any for a moderator; active. The note
    // dialogs ask this when they open, so a form never opens for a change that would be refused.
    public DomainResult<Note> ChangeableNote(string userId, string noteId)
    {
        var found = ActiveNote(noteId);
        if (found.IsSuccess && found.Value.AuthorId != userId && !IsModerator(userId))
        {
            return new DomainError(DomainErrorCodes.NotAuthor, "Only the author or a moderator can change this note.") { TargetId = noteId };
        }

        return found;
    }

    // The note a user may rewrite now: changeable (above) and in an open step.
    public DomainResult<Note> EditableNote(string userId, string noteId)
    {
        var found = ChangeableNote(userId, noteId);
        return found.IsSuccess && CheckStepOpen(found.Value.Step) is { } closed ? closed : found;
    }
}
