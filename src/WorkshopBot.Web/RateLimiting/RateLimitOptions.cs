using System.ComponentModel.DataAnnotations;

namespace WorkshopBot.Web.RateLimiting;

// Token buckets for the bot endpoint and the board API ("RateLimits" section). A bucket holds a burst
// and refills per second. The defaults are far above a live 40-person meeting (everyone voting at
// once is a few hundred requests for the werkgroep in a minute, a fast clicker one a second) and stop
// one person or one script from flooding storage and the Teams connector.
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 100_000)]
    public int PerUserBurst { get; set; } = 120;

    [Range(1, 10_000)]
    public int PerUserPerSecond { get; set; } = 2;

    [Range(1, 1_000_000)]
    public int PerWerkgroepBurst { get; set; } = 1_000;

    [Range(1, 100_000)]
    public int PerWerkgroepPerSecond { get; set; } = 25;
}
