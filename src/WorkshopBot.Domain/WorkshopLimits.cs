namespace WorkshopBot.Domain;

public static class WorkshopLimits
{
    public const int NoteMaxLength = 500;
    public const int StatementMaxLength = 1_000;
    public const int NameMaxLength = 200;
    public const int OrganisationMaxLength = 150;
    public const int ClusterLabelMaxLength = 100;
    public const int NotesPerPersonPerStep = 200;
    public const int NotesPerBatch = 50;
    public const int MaxDotsPerPerson = 20;
    public const int MaxTimerMinutes = 180;
    public const int IdMaxLength = 100;
    public const int MaxAmbitions = 30;
    // Issue 13, finding 5: what one werkgroep may hold (see Werkgroep.Capacity).
    public const int MaxResults = 100;
    public const int MaxIndicators = 200;
    public const int MaxActivities = 100;
    public const int MaxQualityAgreements = 100;

    // Size units (Werkgroep.EstimatedSize); about 2 bytes each compressed in the worst case, against the
    // 896 KiB a stored werkgroep row can hold: headroom for what the estimate does not see.
    public const int WerkgroepSizeBudget = 300_000;

    // A deleted note keeps counting for its author's quota this long, so add-and-delete cannot cycle.
    public static readonly TimeSpan DeletedNoteQuotaWindow = TimeSpan.FromHours(24);

    // The repair command drops tombstones of deleted notes older than this (past the quota window and
    // past the 7 days Teams redeliveries are deduplicated).
    public static readonly TimeSpan NoteTombstoneRetention = TimeSpan.FromDays(30);

    public const int FirstStep = 1;
    public const int LastStep = 6;
}
