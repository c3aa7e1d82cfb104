using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WorkshopBot.Domain.Ports;
using WorkshopBot.Storage;

namespace WorkshopBot.Cli.Commands;

// The stores the operator commands read and write, registered exactly as the web host registers them
// (AddTableStorage, AddBotTableStores), so the CLI sees the tables as the bot writes them. The host is
// never started: the commands need no table creation.
internal static class TableStoreFactory
{
    public const string ConnectionStringVariable = "ConnectionStrings__Tables";

    public static IWorkshopStore Open(string connectionString) => Services(connectionString).GetRequiredService<IWorkshopStore>();

    public static IServiceProvider Services(string connectionString)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{TableStorageOptions.ConnectionStringName}"] = connectionString,
        });
        builder.AddTableStorage();
        builder.AddBotTableStores();
        builder.AddPrivacyStore();
        return builder.Build().Services;
    }

    // --connection-string, else the environment variable; null (after saying why) when neither is set.
    public static string? ConnectionString(CommandOptions options, TextWriter error)
    {
        var connectionString = options["--connection-string"] ?? Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            error.WriteLine($"Geen opslag ingesteld: zet {ConnectionStringVariable} of geef --connection-string mee / no Table storage connection string.");
            return null;
        }

        return connectionString;
    }
}
