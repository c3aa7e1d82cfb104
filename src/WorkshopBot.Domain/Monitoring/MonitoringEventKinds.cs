namespace WorkshopBot.Domain.Monitoring;

public static class MonitoringEventKinds
{
    public const string DataOwnerAssigned = "data-owner-assigned";
    public const string MeasurementRecorded = "measurement-recorded";
    public const string MeasurementCorrected = "measurement-corrected";
    public const string StoryAdded = "story-added";
    public const string ReflectionRecorded = "reflection-recorded";
    public const string ImprovementActionAdded = "improvement-action-added";
    public const string ImprovementActionDone = "improvement-action-done";
    public const string DataAsked = "data-asked";
}
