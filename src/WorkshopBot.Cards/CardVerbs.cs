using WorkshopBot.Application.Commands;

namespace WorkshopBot.Cards;

// Every Action.Execute verb a card can send. Werkgroep commands take their verb from the application's
// one vocabulary (CommandVerbs); the rest are navigation, forms and summaries. The data of each action
// carries ids the server needs to find the target (werkgroepId, noteId, itemId…) and versions for stale detection; the server
// re-checks roles and ownership for every verb and never trusts these values for authorization.
public static class CardVerbs
{
    // Navigation and forms.
    public const string ShowHelp = "showHelp";
    public const string ShowCreateTrajectForm = "showCreateTrajectForm";
    public const string ShowStartWerkgroepForm = "showStartWerkgroepForm";
    public const string ShowStep = "showStep";
    public const string ShowProposeForm = "showProposeForm";

    // Forms opened in a dialog (task/fetch): editing an item; editing, moving and promoting a note.
    public const string ShowEditForm = "showEditForm";
    public const string ShowEditNoteForm = "showEditNoteForm";
    public const string ShowMoveNoteForm = "showMoveNoteForm";
    public const string ShowPromoteForm = "showPromoteForm";

    // Traject and werkgroep.
    public const string CreateTraject = "createTraject";
    public const string StartWerkgroep = "startWerkgroep";
    public const string EditTraject = "editTraject";
    public const string PublishSummary = CommandVerbs.PublishSummary;

    // Step card (participants).
    public const string RefreshStep = "refreshStep";
    public const string AddNotes = CommandVerbs.AddNotes;
    public const string EditNote = CommandVerbs.EditNote;
    public const string DeleteNote = CommandVerbs.DeleteNote;
    public const string CastVote = CommandVerbs.CastVote;
    public const string RetractVote = CommandVerbs.RetractVote;

    // Step card (moderators).
    public const string OpenStep = CommandVerbs.OpenStep;
    public const string CloseStep = CommandVerbs.CloseStep;
    public const string LockStep = CommandVerbs.LockStep;
    public const string StartSilent = CommandVerbs.StartSilent;
    public const string RevealNotes = CommandVerbs.RevealNotes;
    public const string StartTimer = CommandVerbs.StartTimer;
    public const string StopTimer = CommandVerbs.StopTimer;
    public const string StartVoting = CommandVerbs.StartVoting;
    public const string CloseVoting = CommandVerbs.CloseVoting;
    public const string GoToStep = "goToStep";
    public const string MergeNotes = CommandVerbs.MergeNotes;
    public const string MoveNote = CommandVerbs.MoveNote;
    public const string PromoteNote = CommandVerbs.PromoteNote;

    // Results, indicators, activities, quality agreements.
    public const string ProposeItem = CommandVerbs.ProposeItem;
    public const string UpdateItem = CommandVerbs.UpdateItem;
    public const string AcceptItem = CommandVerbs.AcceptItem;
    public const string ParkItem = CommandVerbs.ParkItem;
    public const string UnparkItem = CommandVerbs.UnparkItem;
    public const string AdoptSuggestion = CommandVerbs.AdoptSuggestion;
    public const string RefreshItem = "refreshItem";

    // Summary review in the large group.
    public const string RefreshSummary = CommandVerbs.RefreshSummary;
    public const string RespondToSummary = CommandVerbs.RespondToSummary;
    public const string ReplyToReview = CommandVerbs.ReplyToReview;
    public const string ChangeSummaryDeadline = CommandVerbs.ChangeSummaryDeadline;

    // Step 6, the improvement cycle (due card, story and reflection forms, the moderator's overview).
    public const string ShowMonitoring = CommandVerbs.ShowMonitoring;
    public const string AssignDataOwner = CommandVerbs.AssignDataOwner;
    public const string RecordMeasurement = CommandVerbs.RecordMeasurement;
    public const string AddStory = CommandVerbs.AddStory;
    public const string RecordReflection = CommandVerbs.RecordReflection;
    public const string NudgeDataOwners = CommandVerbs.NudgeDataOwners;
    public const string CompleteImprovementAction = CommandVerbs.CompleteImprovementAction;

    public static IReadOnlyList<string> All { get; } =
    [
        ShowHelp, ShowCreateTrajectForm, ShowStartWerkgroepForm, ShowStep, ShowProposeForm, ShowEditForm, ShowEditNoteForm, ShowMoveNoteForm, ShowPromoteForm,
        CreateTraject, StartWerkgroep, EditTraject, PublishSummary,
        RefreshStep, AddNotes, EditNote, DeleteNote, CastVote, RetractVote,
        OpenStep, CloseStep, LockStep, StartSilent, RevealNotes, StartTimer, StopTimer, StartVoting, CloseVoting,
        GoToStep, MergeNotes, MoveNote, PromoteNote,
        ProposeItem, UpdateItem, AcceptItem, ParkItem, UnparkItem, AdoptSuggestion, RefreshItem,
        RefreshSummary, RespondToSummary, ReplyToReview, ChangeSummaryDeadline,
        ShowMonitoring, AssignDataOwner, RecordMeasurement, AddStory, RecordReflection, NudgeDataOwners,
        CompleteImprovementAction,
    ];
}
