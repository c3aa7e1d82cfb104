namespace WorkshopBot.Cards;

// Keys of the hidden `data` object on Action.Execute (inputs are merged into the same object).
public static class CardDataKeys
{
    public const string WerkgroepId = "werkgroepId";
    public const string TrajectId = "trajectId";
    public const string Step = "step";
    public const string BoardVersion = "boardVersion";
    public const string NoteId = "noteId";
    public const string NoteVersion = "noteVersion";
    public const string ItemId = "itemId";
    public const string ItemKind = "itemKind";
    public const string ItemVersion = "itemVersion";
    public const string RoundId = "roundId";
    public const string SummaryId = "summaryId";
    public const string SummaryVersion = "summaryVersion";
    public const string PublishStep = "publishStep";
    public const string ResponseId = "responseId";
    public const string SourceNoteId = "sourceNoteId";
    public const string SourceNoteVersion = "sourceNoteVersion";

    // Dialogs (DialogCards): the form a dialog shows and the card message it was opened from.
    public const string DialogForm = "dialogForm";
    public const string CardMessageId = "cardMessageId";

    // Set on item actions of the step card: answer with the step card instead of the item card.
    public const string ReturnToStep = "returnToStep";
}
