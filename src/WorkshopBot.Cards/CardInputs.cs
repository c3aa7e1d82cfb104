namespace WorkshopBot.Cards;

// Ids of the Input.* elements; their values arrive merged into the action data under these keys.
// Inputs that repeat per note carry the note id so every id in a card stays unique.
public static class CardInputs
{
    public const string NewNotes = "newNotes";
    public const string MergeTargetNoteId = "mergeTargetNoteId";
    public const string MergeSourceNoteIds = "mergeSourceNoteIds";
    public const string TimerMinutes = "timerMinutes";
    public const string VotingDots = "votingDots";
    public const string VotingShowCounts = "votingShowCounts";
    public const string GoToStep = "goToStepNumber";

    public const string TrajectName = "trajectName";
    public const string Gemeente = "gemeente";
    public const string Theme = "theme";
    public const string Ambitions = "ambitions";
    public const string TrajectId = "trajectChoice";
    public const string WerkgroepName = "werkgroepName";
    public const string Organisation = "organisation";

    public const string ResultText = "resultText";
    public const string TargetGroup = "targetGroup";
    public const string Baseline = "baseline";
    public const string Target = "target";
    public const string Deadline = "deadline";

    // The moderator's new review deadline on the summary card: Input.Date ("yyyy-MM-dd") and
    // Input.Time ("HH:mm"), both Europe/Amsterdam.
    public const string DeadlineDate = "deadlineDate";
    public const string DeadlineTime = "deadlineTime";
    public const string ResultId = "resultId";
    public const string IndicatorName = "indicatorName";
    public const string Definition = "definition";
    public const string Numerator = "numerator";
    public const string Denominator = "denominator";
    public const string Measure = "measure";
    public const string Level = "level";
    public const string DataSource = "dataSource";
    public const string ExistingRegistration = "existingRegistration";
    public const string Owner = "owner";
    public const string Frequency = "frequency";
    public const string StoriesAbout = "storiesAbout";
    public const string StoriesFrom = "storiesFrom";
    public const string CollectionMethod = "collectionMethod";
    public const string StoriesUse = "storiesUse";
    public const string Direction = "direction";
    public const string Priority = "priority";
    public const string ActivityName = "activityName";
    public const string Description = "description";
    public const string AgreementText = "agreementText";

    public const string ReviewAnswer = "reviewAnswer";
    public const string ReviewComment = "reviewComment";
    public const string ReplyText = "replyText";

    // Comma-separated note ids in mergeSourceNoteIds (Input.ChoiceSet isMultiSelect).
    public const char MultiSelectSeparator = ',';

    public static string EditNoteText(string noteId) => "noteText_" + noteId;

    public static string MoveToStep(string noteId) => "moveToStep_" + noteId;

    public static string PromoteKind(string noteId) => "promoteKind_" + noteId;

}
