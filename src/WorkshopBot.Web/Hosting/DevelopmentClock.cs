using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WorkshopBot.Web.Hosting;

// A host clock that starts at a chosen instant and then runs at the real pace: end-to-end runs (the
// Playground browser tests) can then meet an office-hours weekday in a known quarter whatever day they
// run on, with the due-card worker on its ordinary timer. Only in the Development environment and without
// a bot registration (MicrosoftAppId), like Board:DevelopmentIdentity: a shifted clock would break token
// lifetimes, and a deployment must never run on a made-up date.
public static class DevelopmentClock
{
    public const string StartKey = "DevelopmentClock:Start";

    public static IHostApplicationBuilder AddDevelopmentClock(this IHostApplicationBuilder builder)
    {
        var start = builder.Configuration[StartKey];
        if (string.IsNullOrWhiteSpace(start))
        {
            return builder;
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException($"{StartKey} may only be set in the Development environment.");
        }

        if (!string.IsNullOrWhiteSpace(builder.Configuration["MicrosoftAppId"]))
        {
            throw new InvalidOperationException($"{StartKey} cannot be combined with a MicrosoftAppId (a real bot registration).");
        }

        if (!DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            throw new InvalidOperationException($"{StartKey} must be an ISO 8601 date and time with an offset, e.g. 2026-11-18T10:00:00+01:00.");
        }

        // Replaces the system clock the other registrations add with TryAdd.
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(instant, TimeProvider.System));
        return builder;
    }
}

// GetUtcNow is `start` plus the real time elapsed since construction; timers and timestamps stay real.
public sealed class ShiftedTimeProvider(DateTimeOffset start, TimeProvider real) : TimeProvider
{
    private readonly TimeSpan offset = start.ToUniversalTime() - real.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + offset;
}
