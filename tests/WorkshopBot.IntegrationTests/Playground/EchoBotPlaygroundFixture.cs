using WorkshopBot.TestKit.Playground;

namespace WorkshopBot.IntegrationTests.Playground;

public sealed class EchoBotPlaygroundFixture : PlaygroundFixture
{
    public EchoBot Bot { get; } = new();

    protected override Task<Uri> StartBotAsync(CancellationToken cancellationToken) => Bot.StartAsync(cancellationToken);

    protected override async Task StopBotAsync() => await Bot.DisposeAsync();
}
