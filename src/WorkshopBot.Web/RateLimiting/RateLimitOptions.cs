using System.ComponentModel.DataAnnotations;

namespace WorkshopBot.Web.RateLimiting;

// Token buckets for the bot endpoint and the board API ("RateLimits" section). A bucket holds a burst
// and refills per second. The defaults are far above a live 40-person meeting and stop one person or
// one script from flooding storage and the Teams connector. Teams itself adds load people do not see:
// after every shared card update (at most one a second per card while notes come in) each member's
// client sends an automatic refresh invoke, so a 40-person werkgroep makes ~40 requests a second without
// anyone clicking, and one person ~1 a second per card on screen.
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 100_000)]
    public int PerUserBurst { get; set; } = 600;

    [Range(1, 10_000)]
    public int PerUserPerSecond { get; set; } = 10;

    [Range(1, 1_000_000)]
    public int PerWerkgroepBurst { get; set; } = 3_000;

    [Range(1, 100_000)]
    public int PerWerkgroepPerSecond { get; set; } = 100;
}
