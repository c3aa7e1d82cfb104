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
    public const int FirstStep = 1;
    public const int LastStep = 6;
}
