using WorkshopBot.Domain.Audit;

namespace WorkshopBot.Domain.Werkgroepen;

// Sorting the board: merging duplicate notes and grouping notes under a label.
public sealed partial record Werkgroep
{
    // Merges duplicates into the target: the sources' votes move to the target (so they add up) and the
    // sources remain as tombstones pointing at it.
    public DomainResult<Change<Werkgroep>> MergeNotes(Actor actor, string targetId, IReadOnlyList<string> sourceIds, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        var target = FindNote(targetId);
        if (target is null || target.IsDeleted)
        {
            return Rules.NotFound("Note", targetId);
        }

        if (!target.IsActive)
        {
            return NoteRemovedError(target);
        }

        var distinctSources = sourceIds.Where(id => id != targetId).Distinct().ToArray();
        if (distinctSources.Length == 0)
        {
            return new DomainError(DomainErrorCodes.InvalidValue, "Choose at least one other note to merge.");
        }

        if (distinctSources.All(id => FindNote(id)?.MergedIntoId == targetId))
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        var sources = new List<Note>();
        foreach (string id in distinctSources)
        {
            var source = FindNote(id);
            if (source is null || source.IsDeleted)
            {
                return Rules.NotFound("Note", id);
            }

            if (source.MergedIntoId == targetId)
            {
                continue;
            }

            if (!source.IsActive)
            {
                return NoteRemovedError(source);
            }

            if (source.Step != target.Step)
            {
                return new DomainError(DomainErrorCodes.WrongStep, $"Note {id} is in step {source.Step}, not {target.Step}.")
                {
                    Step = target.Step,
                    TargetId = id,
                };
            }

            sources.Add(source);
        }

        if (StepStateOf(target.Step).Status == StepStatus.Locked)
        {
            return StepLockedError(target.Step);
        }

        var sourceSet = sources.Select(s => s.Id).ToHashSet();
        var mergedTarget = target with
        {
            Votes = target.Votes.Concat(sources.SelectMany(s => s.Votes)).ToArray(),
            MergedFromIds = target.MergedFromIds.Concat(sourceSet).ToArray(),
        };
        var notes = Notes.Replace(
            n => n.Id == targetId || sourceSet.Contains(n.Id),
            n => n.Id == targetId ? mergedTarget : n with { MergedIntoId = targetId, Votes = [] });
        return Commit(
            this with { Notes = notes },
            actor,
            now,
            [(WorkshopEventKinds.NotesMerged, $"{string.Join(", ", sourceSet)} into {targetId}")]);
    }

    // Groups notes under a label; an empty label removes the note from its cluster.
    public DomainResult<Change<Werkgroep>> SetCluster(Actor actor, string noteId, string? label, DateTimeOffset now)
    {
        var found = ActiveNoteForModerator(actor, noteId);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var checkedLabel = Rules.OptionalText(label, WorkshopLimits.ClusterLabelMaxLength);
        if (!checkedLabel.IsSuccess)
        {
            return checkedLabel.Error!;
        }

        if (StepStateOf(found.Value.Step).Status == StepStatus.Locked)
        {
            return StepLockedError(found.Value.Step);
        }

        if (found.Value.Cluster == checkedLabel.Value)
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        return Commit(
            this with { Notes = Notes.Replace(n => n.Id == noteId, n => n with { Cluster = checkedLabel.Value }) },
            actor,
            now,
            [(WorkshopEventKinds.ClusterSet, $"note {noteId}")]);
    }

    // Renames a step's cluster: every active note under the label takes the new one. A new label that is
    // already a cluster of the step merges the two; an empty one dissolves the cluster.
    public DomainResult<Change<Werkgroep>> RenameCluster(Actor actor, int step, string label, string? newLabel, DateTimeOffset now)
    {
        if (!IsModerator(actor.UserId))
        {
            return Rules.NotModerator(actor.UserId);
        }

        string from = (label ?? string.Empty).Trim();
        var members = Notes.Where(n => n.IsActive && n.Step == step && n.Cluster == from).Select(n => n.Id).ToHashSet();
        if (from.Length == 0 || members.Count == 0)
        {
            return Rules.NotFound("Cluster", from);
        }

        var checkedLabel = Rules.OptionalText(newLabel, WorkshopLimits.ClusterLabelMaxLength);
        if (!checkedLabel.IsSuccess)
        {
            return checkedLabel.Error!;
        }

        if (StepStateOf(step).Status == StepStatus.Locked)
        {
            return StepLockedError(step);
        }

        if (checkedLabel.Value == from)
        {
            return Change<Werkgroep>.Unchanged(this);
        }

        return Commit(
            this with { Notes = Notes.Replace(n => members.Contains(n.Id), n => n with { Cluster = checkedLabel.Value }) },
            actor,
            now,
            [(WorkshopEventKinds.ClusterRenamed, $"step {step}: {members.Count} notes")]);
    }
}
