using WorkshopBot.Application.Commands;
using WorkshopBot.Application.Errors;
using WorkshopBot.Domain;
using WorkshopBot.Domain.Items;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Domain.Werkgroepen;

namespace WorkshopBot.Application.Werkgroepen;

// Command -> pure domain operation. Roles, step states and quotas are checked by the domain against the
// stored werkgroep; this only picks the rule and supplies the ids the application makes.
internal static class WerkgroepOperations
{
    public static DomainResult<Change<Werkgroep>> Apply(Werkgroep w, WerkgroepCommand command, Actor actor, string operationKey, Language language, DateTimeOffset now) =>
        command switch
        {
            AddNotes c => w.AddNotes(actor, operationKey, c.Step ?? NoteStep(w), NoteLines.Split(c.Text), now),
            EditNote c => w.EditNote(actor, c.NoteId ?? "", c.Text ?? "", now),
            DeleteNote c => w.DeleteNote(actor, c.NoteId ?? "", now),
            CastVote c => w.Vote(actor, c.NoteId ?? "", now),
            RetractVote c => w.Unvote(actor, c.NoteId ?? "", now),
            OpenStep c => w.OpenStep(actor, c.Step, now),
            CloseStep c => w.CloseStep(actor, c.Step, now),
            LockStep c => w.LockStep(actor, c.Step, now),
            StartSilent c => w.StartSilent(actor, c.Step, now),
            RevealNotes c => w.Reveal(actor, c.Step, now),
            StartTimer c => w.StartTimer(actor, c.Minutes, now),
            StopTimer => w.ClearTimer(actor, now),
            StartVoting c => w.StartVoting(actor, c.Step, c.Dots, now, c.ShowCounts),
            CloseVoting => w.CloseVoting(actor, now),
            MoveNote c => w.MoveNote(actor, c.NoteId ?? "", c.ToStep, now),
            MergeNotes c => w.MergeNotes(actor, c.TargetNoteId ?? "", c.SourceNoteIds ?? [], now),
            SetCluster c => w.SetCluster(actor, c.NoteId ?? "", c.Label, now),
            RenameCluster c => w.RenameCluster(actor, c.Step, c.Label ?? "", c.NewLabel, now),
            SetOrganisation c => w.SetOrganisation(actor, string.IsNullOrEmpty(c.UserId) ? actor.UserId : c.UserId, c.Organisation, now),
            PromoteNote c => Promote(w, actor, c, ItemIds.For(c.Kind, operationKey), now),
            ProposeItem c => ItemEdits.Propose(w, actor, ItemIds.For(c.Draft.Kind, operationKey), c.Step, c.Draft, now),
            EditItem c => ItemEdits.Edit(w, actor, c.ItemId, c.ExpectedVersion, c.Draft, now),
            AcceptItem c => w.MarkVastgesteld(actor, c.Kind, c.ItemId ?? "", now),
            ParkItem c => w.ParkItem(actor, c.Kind, c.ItemId ?? "", now),
            UnparkItem c => w.UnparkItem(actor, c.Kind, c.ItemId ?? "", now),
            AdoptSuggestion c => ItemEdits.AdoptSuggestion(w, actor, c.ItemId ?? "", c.ExpectedVersion, language, now),
            AddModerator c => w.AddModerator(actor, c.UserId, now),
            HandOverModeration c => w.HandOverModerator(actor, c.UserId, now),
            RemoveMember c => w.RemoveMember(actor, c.UserId, now),
            _ => AppErrors.UnknownVerb,
        };

    // The step a command is about, for the answer card: its own step, or where the werkgroep is now.
    public static int StepOf(WerkgroepCommand command, Werkgroep updated) => command.CardStep ?? command switch
    {
        AddNotes { Step: { } step } => step,
        OpenStep c => c.Step,
        CloseStep c => c.Step,
        LockStep c => c.Step,
        StartSilent c => c.Step,
        RevealNotes c => c.Step,
        StartVoting c => c.Step,
        RenameCluster c => c.Step,
        ProposeItem c => c.Step,
        _ => NoteStep(updated),
    };

    public static ItemRef? ItemOf(WerkgroepCommand command, string operationKey) => command switch
    {
        PromoteNote c => new ItemRef(c.Kind, ItemIds.For(c.Kind, operationKey)),
        ProposeItem c => new ItemRef(c.Draft.Kind, ItemIds.For(c.Draft.Kind, operationKey)),
        EditItem c => new ItemRef(c.Draft.Kind, c.ItemId),
        AcceptItem c => new ItemRef(c.Kind, c.ItemId),
        ParkItem c => new ItemRef(c.Kind, c.ItemId),
        UnparkItem c => new ItemRef(c.Kind, c.ItemId),
        AdoptSuggestion c => new ItemRef(FormalItemKind.Result, c.ItemId),
        _ => null,
    };

    // Notes typed in chat go to the step the group is working on: the current one, else the first open.
    public static int NoteStep(Werkgroep w) =>
        w.CurrentStep ?? w.Steps.FirstOrDefault(s => s.Status == StepStatus.Open)?.Step ?? CompassSteps.DefaultStep;

    private static DomainResult<Change<Werkgroep>> Promote(Werkgroep w, Actor actor, PromoteNote c, string itemId, DateTimeOffset now) => c.Kind switch
    {
        FormalItemKind.Result => w.PromoteToResult(actor, c.NoteId ?? "", itemId, null, now),
        FormalItemKind.Indicator => w.PromoteToIndicator(actor, c.NoteId ?? "", itemId, null, now),
        FormalItemKind.Activity => w.PromoteToActivity(actor, c.NoteId ?? "", itemId, now),
        _ => w.PromoteToQualityAgreement(actor, c.NoteId ?? "", itemId, now),
    };
}
