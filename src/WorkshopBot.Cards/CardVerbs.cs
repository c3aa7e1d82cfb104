namespace WorkshopBot.Cards;

// Every Action.Execute verb a card can send. The data of each action carries ids the server needs to
// find the target (werkgroepId, noteId, itemId…) and versions for stale detection; the server
// re-checks roles and ownership for every verb and never trusts these values for authorization.
public static class CardVerbs
{
    // Navigation and forms.
    public const string ShowHelp = "showHelp";
    public const string ShowCreateTrajectForm = "showCreateTrajectForm";
    public const string ShowStartWerkgroepForm = "showStartWerkgroepForm";
    public const string ShowStep = "showStep";
    public const string ShowProposeForm = "showProposeForm";

    // Traject and werkgroep.
    public const string CreateTraject = "createTraject";
    public const string StartWerkgroep = "startWerkgroep";
    public const string PublishSummary = "publishSummary";

    // Step card (participants).
    public const string RefreshStep = "refreshStep";
    public const string AddNotes = "addNotes";
    public const string EditNote = "editNote";
    public const string DeleteNote = "deleteNote";
    public const string CastVote = "castVote";
    public const string RetractVote = "retractVote";

    // Step card (moderators).
    public const string OpenStep = "openStep";
    public const string CloseStep = "closeStep";
    public const string LockStep = "lockStep";
    public const string StartSilent = "startSilent";
    public const string RevealNotes = "revealNotes";
    public const string StartTimer = "startTimer";
    public const string StopTimer = "stopTimer";
    public const string StartVoting = "startVoting";
    public const string CloseVoting = "closeVoting";
    public const string GoToStep = "goToStep";
    public const string MergeNotes = "mergeNotes";
    public const string MoveNote = "moveNote";
    public const string PromoteNote = "promoteNote";

    // Results, indicators, activities, quality agreements.
    public const string ProposeItem = "proposeItem";
    public const string UpdateItem = "updateItem";
    public const string AcceptItem = "acceptItem";
    public const string AdoptSuggestion = "adoptSuggestion";
    public const string RefreshItem = "refreshItem";

    // Summary review in the large group.
    public const string RefreshSummary = "refreshSummary";
    public const string RespondToSummary = "respondToSummary";
    public const string ReplyToReview = "replyToReview";
    public const string ChangeSummaryDeadline = "changeSummaryDeadline";

    public static IReadOnlyList<string> All { get; } =
    [
        ShowHelp, ShowCreateTrajectForm, ShowStartWerkgroepForm, ShowStep, ShowProposeForm,
        CreateTraject, StartWerkgroep, PublishSummary,
        RefreshStep, AddNotes, EditNote, DeleteNote, CastVote, RetractVote,
        OpenStep, CloseStep, LockStep, StartSilent, RevealNotes, StartTimer, StopTimer, StartVoting, CloseVoting,
        GoToStep, MergeNotes, MoveNote, PromoteNote,
        ProposeItem, UpdateItem, AcceptItem, AdoptSuggestion, RefreshItem,
        RefreshSummary, RespondToSummary, ReplyToReview, ChangeSummaryDeadline,
    ];
}
