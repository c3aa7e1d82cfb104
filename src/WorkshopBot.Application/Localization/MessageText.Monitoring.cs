namespace WorkshopBot.Application.Localization;

// Step 6, the improvement cycle: refusals and chat replies of the monitoring commands.
public sealed partial record MessageText
{
    public required string NotDataOwner { get; init; }

    public required string NoFrequency { get; init; }

    public required string PeriodNotStarted { get; init; }

    public required string InvalidMeasurement { get; init; }

    public required string ConsentRequired { get; init; }

    public required string PersonalDataInStory { get; init; }

    public required string StoryLinkRequired { get; init; }

    public required string ActivityRequired { get; init; }

    public required string NotActionOwner { get; init; }

    // {0} indicator, {1} period label, {2} value.
    public required string MeasurementSavedFormat { get; init; }

    public required string MeasurementCorrectedFormat { get; init; }

    public required string StorySaved { get; init; }

    // {0} number of improvement actions.
    public required string ReflectionSavedFormat { get; init; }

    // {0} person, {1} indicator.
    public required string DataOwnerAssignedFormat { get; init; }

    // {0} number of due cards sent.
    public required string NudgeSentFormat { get; init; }

    public required string NothingToNudge { get; init; }
}
