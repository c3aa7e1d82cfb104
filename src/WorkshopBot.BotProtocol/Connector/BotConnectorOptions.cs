using System.ComponentModel.DataAnnotations;

namespace WorkshopBot.BotProtocol.Connector;

// Retry and timeout budget for Bot Connector calls. Defaults follow the Teams guidance
// (exponential backoff with jitter); tests shrink the delays.
public sealed class BotConnectorOptions
{
    public const string Section = "BotFramework:Connector";

    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 4;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    // A Retry-After longer than this ends the retries instead of blocking the caller.
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
