using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using WorkshopBot.Web.Hosting;
using Xunit;

namespace WorkshopBot.Web.Tests.Hosting;

// DevelopmentClock:Start moves the host's clock for end-to-end runs, and only on a developer's machine.
public sealed class DevelopmentClockTests
{
    private const string Start = "2026-11-18T10:00:00+01:00";

    [Fact]
    public void Development_WithStart_TheHostClockStartsThereAndRunsOn()
    {
        var builder = Builder(Environments.Development, new() { [DevelopmentClock.StartKey] = Start });

        builder.AddDevelopmentClock();

        var clock = builder.Services.BuildServiceProvider().GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        Assert.InRange(now, DateTimeOffset.Parse(Start, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(Start, System.Globalization.CultureInfo.InvariantCulture).AddMinutes(1));
        Assert.Single(builder.Services, d => d.ServiceType == typeof(TimeProvider));
    }

    [Fact]
    public void ShiftedClock_KeepsTheRealPace()
    {
        var real = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var shifted = new ShiftedTimeProvider(new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero), real);

        real.Advance(TimeSpan.FromMinutes(90));

        Assert.Equal(new DateTimeOffset(2026, 11, 18, 10, 30, 0, TimeSpan.Zero), shifted.GetUtcNow());
    }

    [Fact]
    public void WithoutStart_NothingChanges()
    {
        var builder = Builder(Environments.Production, new());

        builder.AddDevelopmentClock();

        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(TimeProvider));
    }

    [Theory]
    [InlineData("Production", null)]
    [InlineData("Staging", null)]
    [InlineData("Development", "0b7e5c4a-2f1d-4e3b-8a9c-6d5e4f3a2b10")]
    public void OutsideDevelopment_OrWithABotRegistration_TheHostRefusesToStart(string environment, string? appId)
    {
        var builder = Builder(environment, new() { [DevelopmentClock.StartKey] = Start, ["MicrosoftAppId"] = appId });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddDevelopmentClock());
        Assert.Contains(DevelopmentClock.StartKey, error.Message);
    }

    [Fact]
    public void StartThatIsNoDate_IsRefusedWithAnExample()
    {
        var builder = Builder(Environments.Development, new() { [DevelopmentClock.StartKey] = "volgende woensdag" });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddDevelopmentClock());
        Assert.Contains("2026-11-18T10:00:00+01:00", error.Message);
    }

    private static WebApplicationBuilder Builder(string environment, Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
