namespace WorkshopBot.Application.Commands;

// The one vocabulary of commands: the verb a card's Action.Execute sends, the verb the board page posts
// and the name of the command record are the same thing. Cards take their verbs from here.
public static class CommandVerbs
{
    public const string AddNotes = "addNotes";
    public const string EditNote = "editNote";
    public const string DeleteNote = "deleteNote";
    public const string CastVote = "castVote";
    public const string RetractVote = "retractVote";
    public const string OpenStep = "openStep";
    public const string CloseStep = "closeStep";
    public const string LockStep = "lockStep";
    public const string StartSilent = "startSilent";
    public const string RevealNotes = "revealNotes";
    public const string StartTimer = "startTimer";
    public const string StopTimer = "stopTimer";
    public const string StartVoting = "startVoting";
    public const string CloseVoting = "closeVoting";
    public const string MoveNote = "moveNote";
    public const string MergeNotes = "mergeNotes";
    public const string SetCluster = "setCluster";
    public const string RenameCluster = "renameCluster";
    public const string SetOrganisation = "setOrganisation";
    public const string PromoteNote = "promoteNote";
    public const string ProposeItem = "proposeItem";
    public const string UpdateItem = "updateItem";
    public const string AcceptItem = "acceptItem";
    public const string ParkItem = "parkItem";
    public const string UnparkItem = "unparkItem";
    public const string AdoptSuggestion = "adoptSuggestion";
    public const string RemoveMember = "removeMember";

    // Summaries and their review in the large group (cards only).
    public const string PublishSummary = "publishSummary";
    public const string RefreshSummary = "refreshSummary";
    public const string RespondToSummary = "respondToSummary";
    public const string ReplyToReview = "replyToReview";
    public const string ChangeSummaryDeadline = "changeSummaryDeadline";

    // Step 6, the improvement cycle (MonitoringCommands; cards only for now).
    public const string AssignDataOwner = "assignDataOwner";
    public const string RecordMeasurement = "recordMeasurement";
    public const string AddStory = "addStory";
    public const string RecordReflection = "recordReflection";
    public const string NudgeDataOwners = "nudgeDataOwners";
    public const string CompleteImprovementAction = "completeImprovementAction";
    public const string ShowMonitoring = "showMonitoring";

    // The commands the board page may post as JSON ({ "verb": …, "data": { …the record's properties } }).
    // Proposing items and moderator hand-over come only from cards and chat, which parse them themselves;
    // the board edits, links, accepts and parks items with the cards' own commands (updateItem, acceptItem,
    // parkItem, unparkItem).
    public static IReadOnlyDictionary<string, Type> BoardCommands { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [AddNotes] = typeof(AddNotes),
        [EditNote] = typeof(EditNote),
        [DeleteNote] = typeof(DeleteNote),
        [CastVote] = typeof(CastVote),
        [RetractVote] = typeof(RetractVote),
        [OpenStep] = typeof(OpenStep),
        [CloseStep] = typeof(CloseStep),
        [LockStep] = typeof(LockStep),
        [StartSilent] = typeof(StartSilent),
        [RevealNotes] = typeof(RevealNotes),
        [StartTimer] = typeof(StartTimer),
        [StopTimer] = typeof(StopTimer),
        [StartVoting] = typeof(StartVoting),
        [CloseVoting] = typeof(CloseVoting),
        [MoveNote] = typeof(MoveNote),
        [MergeNotes] = typeof(MergeNotes),
        [SetCluster] = typeof(SetCluster),
        [RenameCluster] = typeof(RenameCluster),
        [SetOrganisation] = typeof(SetOrganisation),
        [PromoteNote] = typeof(PromoteNote),
        [AcceptItem] = typeof(AcceptItem),
        [ParkItem] = typeof(ParkItem),
        [UnparkItem] = typeof(UnparkItem),
        [UpdateItem] = typeof(EditItem),
    };
}
