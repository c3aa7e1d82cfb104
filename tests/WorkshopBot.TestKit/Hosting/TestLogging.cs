using Microsoft.Extensions.Logging;

namespace WorkshopBot.TestKit.Hosting;

internal static class TestLogging
{
    // Test output stays readable: warnings and errors only.
    public static ILoggingBuilder SetMinimumLevelForTests(this ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning);
}
