namespace WorkshopBot.Deployment.Tests;

internal sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}: {StandardError}";
}
