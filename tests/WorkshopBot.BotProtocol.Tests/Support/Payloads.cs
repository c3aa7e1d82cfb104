using WorkshopBot.BotProtocol.Schema;

namespace WorkshopBot.BotProtocol.Tests.Support;

internal static class Payloads
{
    public const string BotId = "28:9d2f0c4e-7f5b-4a3c-8e1d-2b6a4c8f0e11";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", name + ".json"));

    public static Activity Load(string name) =>
        BotJson.DeserializeActivity(Bytes(name)) ?? throw new InvalidOperationException($"Payload {name} is not an activity.");
}
