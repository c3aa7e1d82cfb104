using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using WorkshopBot.Storage;
using WorkshopBot.Storage.Protocol;
using WorkshopBot.TestKit.Azurite;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

// Seen in the storage-outage test (issue 13, finding 9): while the Table service restarted, two fresh clicks
// were answered with the empty "duplicate" message, the claim's own retried insert having found its row.
// The claim now carries a token so its own row reads as claimed; this checks that a real second delivery
// is still a duplicate after a lost answer. (Reproducing the lost answer alone with this policy did not
// make the old code fail, so that case is covered only by HostStorageOutageTests.)
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class TableActivityDeduplicatorRetryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Conversation = "19:werkgroep@thread.v2";

    private readonly AzuriteTables tables = azurite.CreateTables();
    private readonly LoseFirstInsertAnswer lossy = new();
    private TableClient? table;

    public async Task InitializeAsync()
    {
        var options = TableStorageFaults.ClientOptions();
        options.AddPolicy(lossy, HttpPipelinePosition.PerRetry);
        table = new TableServiceClient(tables.ConnectionString, options).GetTableClient(tables.Prefix + TableNames.ProcessedActivities);
        await table.CreateIfNotExistsAsync();
    }

    public async Task DisposeAsync() => await tables.DisposeAsync();

    [Fact]
    public async Task TryClaimAsync_SecondDeliveryAfterALostAnswer_IsStillADuplicate()
    {
        var deduplicator = new TableActivityDeduplicator(table!, TimeProvider.System);
        var first = await deduplicator.TryClaimAsync(Conversation, "f:2", CancellationToken.None);

        var redelivery = await deduplicator.TryClaimAsync(Conversation, "f:2", CancellationToken.None);

        Assert.Equal(1, lossy.Lost);
        Assert.True(first.IsClaimed, $"The first delivery was refused as {first.Status}.");
        Assert.False(redelivery.IsClaimed);
    }

    // Sends the first insert (POST) to the service, then drops its answer as a connection reset would.
    private sealed class LoseFirstInsertAnswer : HttpPipelinePolicy
    {
        private int lost;

        public int Lost => Volatile.Read(ref lost);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (message.Request.Method == RequestMethod.Post && Interlocked.CompareExchange(ref lost, 1, 0) == 0)
            {
                throw new IOException("The connection was reset before the answer arrived.");
            }
        }
    }
}
