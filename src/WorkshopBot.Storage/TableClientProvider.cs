using System.Collections.Concurrent;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace WorkshopBot.Storage;

// Hands out TableClients for base table names with the configured prefix applied.
public sealed class TableClientProvider(TableServiceClient serviceClient, IOptions<TableStorageOptions> options)
{
    private readonly ConcurrentDictionary<string, TableClient> _clients = new(StringComparer.Ordinal);

    public TableServiceClient ServiceClient => serviceClient;

    public string FullName(string baseName) => options.Value.TablePrefix + baseName;

    public TableClient GetTableClient(string baseName) =>
        _clients.GetOrAdd(baseName, name => serviceClient.GetTableClient(FullName(name)));
}
