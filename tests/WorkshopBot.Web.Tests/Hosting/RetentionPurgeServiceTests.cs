using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WorkshopBot.Domain.Audit;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Privacy;
using WorkshopBot.Domain.Summaries;
using WorkshopBot.Web.Hosting;
using Xunit;

namespace WorkshopBot.Web.Tests.Hosting;

// The host purges what is past its retention period by itself, with the periods from configuration.
public sealed class RetentionPurgeServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 21, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PurgeOnce_ConfiguredPeriods_PurgesWithThemAtTheCurrentTime()
    {
        var store = new RecordingPersonalDataStore();
        var service = Service(store, new() { ["Retention:ConversationReferences"] = "30.00:00:00", ["Retention:AuditDetails"] = "365.00:00:00" });

        var report = await service.PurgeOnceAsync(CancellationToken.None);

        var (policy, at) = Assert.Single(store.Purges);
        Assert.Equal((TimeSpan.FromDays(30), TimeSpan.FromDays(365), TimeSpan.FromDays(7)), (policy.ConversationReferences, policy.AuditDetails, policy.ProcessedActivities));
        Assert.Equal(Now, at);
        Assert.Equal(new RetentionReport(1, 2, 3), report);
    }

    [Fact]
    public async Task PurgeOnce_StorageDown_ReportsNothingAndKeepsTheHostRunning()
    {
        var store = new RecordingPersonalDataStore { Fail = true };
        var service = Service(store, []);

        var report = await service.PurgeOnceAsync(CancellationToken.None);

        Assert.Null(report);
        Assert.Single(store.Purges);
    }

    private static RetentionPurgeService Service(RecordingPersonalDataStore store, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<RetentionPolicy>().BindConfiguration(RetentionPolicy.Section);
        var policy = services.BuildServiceProvider().GetRequiredService<IOptions<RetentionPolicy>>();
        return new RetentionPurgeService(store, policy, new FakeTimeProvider(Now), NullLogger<RetentionPurgeService>.Instance);
    }

    private sealed class RecordingPersonalDataStore : IPersonalDataStore
    {
        public List<(RetentionPolicy Policy, DateTimeOffset At)> Purges { get; } = [];

        public bool Fail { get; init; }

        public Task<RetentionReport> PurgeExpiredAsync(RetentionPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
        {
            Purges.Add((policy, now));
            return Fail ? throw new HttpRequestException("storage unreachable") : Task.FromResult(new RetentionReport(1, 2, 3));
        }

        public Task<IReadOnlyList<string>> ListTrajectIdsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Versioned<SummaryReview>>> ListSummaryReviewsAsync(string trajectId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> RewriteAuditAsync(string trajectId, Func<WorkshopEvent, WorkshopEvent> rewrite, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<StoredReference>> ConversationReferencesOfAsync(PersonIds person, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> ForgetConversationReferencesAsync(PersonIds person, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task DeleteTrajectAsync(string trajectId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
