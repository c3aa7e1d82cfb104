namespace WorkshopBot.Application.Monitoring;

// Ids of monitoring records, from the operation key: a redelivered card makes the same id, and the
// domain treats the second delivery as done.
public static class MonitoringIds
{
    public static string Measurement(string operationKey) => "m-" + operationKey;

    public static string Story(string operationKey) => "s-" + operationKey;

    public static string Reflection(string operationKey) => "rf-" + operationKey;
}
