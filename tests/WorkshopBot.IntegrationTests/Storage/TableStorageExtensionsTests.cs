using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WorkshopBot.Storage;
using Xunit;

namespace WorkshopBot.IntegrationTests.Storage;

[Trait("Category", "Integration")]
public sealed class TableStorageExtensionsTests
{
    [Fact]
    public async Task AddTableStorage_NoConnectionStringOrServiceUri_FailsAtStartup()
    {
        using var host = Build(new Dictionary<string, string?>());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:Tables", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddTableStorage_InvalidTablePrefix_FailsAtStartup()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = "UseDevelopmentStorage=true",
            ["TableStorage:TablePrefix"] = "bad-prefix!",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("TablePrefix", error.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddTableStorage();
        return builder.Build();
    }
}
