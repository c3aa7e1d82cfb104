using System.Net;
using System.Net.Sockets;
using Azure;
using Azure.Data.Tables;
using WorkshopBot.Domain.Telemetry;
using WorkshopBot.Storage;
using WorkshopBot.TestKit.Azurite;
using WorkshopBot.TestKit.Hosting;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

// workshopbot.storage.unavailable counts what a user would have felt as an outage: a Table request that
// still failed after the client's own retries, once per request (not once per try). A 404 or 409 answer is
// ordinary traffic and stays uncounted.
[Collection(AzuriteFixture.CollectionName)]
[Trait("Category", "Integration")]
public sealed class StorageOutageMetricsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly AzuriteTables tables = azurite.CreateTables();
    private readonly MetricRecorder recorder = MetricRecorder.Standalone();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        recorder.Dispose();
        await tables.DisposeAsync();
    }

    [Fact]
    public async Task Query_NothingListens_CountsOneUnreachableRequestAfterTheRetries()
    {
        var client = new TableServiceClient(AzuriteFixture.ConnectionStringFor($"http://127.0.0.1:{ClosedPort()}/devstoreaccount1"), TableStorageFaults.ClientOptions(recorder.Metrics))
            .GetTableClient(tables.Prefix + "outage");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.GetEntityIfExistsAsync<TableEntity>("p", "r"));

        Assert.True(TableStorageFaults.IsUnavailable(error), error.ToString());
        var counted = Assert.Single(recorder.All(WorkshopMetrics.StorageUnavailable));
        Assert.Equal(1, counted.Value);
        Assert.Equal("unreachable", counted.Tags[WorkshopMetrics.Reason]);
    }

    [Fact]
    public async Task Requests_AnsweredWith404And409_AreNotCounted()
    {
        var client = new TableServiceClient(tables.ConnectionString, TableStorageFaults.ClientOptions(recorder.Metrics))
            .GetTableClient(tables.Prefix + "answers");
        await client.CreateIfNotExistsAsync();
        await client.AddEntityAsync(new TableEntity("p", "r"));

        var missing = await client.GetEntityIfExistsAsync<TableEntity>("p", "absent");
        var duplicate = await Assert.ThrowsAsync<RequestFailedException>(() => client.AddEntityAsync(new TableEntity("p", "r")));

        Assert.False(missing.HasValue);
        Assert.Equal(409, duplicate.Status);
        Assert.Empty(recorder.All(WorkshopMetrics.StorageUnavailable));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
