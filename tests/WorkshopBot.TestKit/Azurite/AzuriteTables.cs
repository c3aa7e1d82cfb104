using Azure.Data.Tables;

namespace WorkshopBot.TestKit.Azurite;

// A unique table prefix on the shared Azurite; DisposeAsync deletes every table that carries it.
public sealed class AzuriteTables(TableServiceClient serviceClient, string connectionString) : IAsyncDisposable
{
    public string Prefix { get; } = "t" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString => connectionString;

    // Configuration keys for TableStorageOptions pointing at this prefix.
    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Tables"] = connectionString,
        ["TableStorage:TablePrefix"] = Prefix,
    };

    public async ValueTask DisposeAsync()
    {
        var names = new List<string>();
        await foreach (var table in serviceClient.QueryAsync(TableServiceClient.CreateQueryFilter($"TableName ge {Prefix} and TableName lt {Prefix + "~"}")))
        {
            names.Add(table.Name);
        }

        foreach (string name in names.Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            await serviceClient.DeleteTableAsync(name);
        }
    }
}
