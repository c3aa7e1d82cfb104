using System.Text.Json.Nodes;

namespace WorkshopBot.Deployment.Tests;

/// <summary>Compiles infra/main.bicep and main.bicepparam once for all template tests.</summary>
public sealed class BicepBuildFixture : IAsyncLifetime
{
    internal BicepRun Build { get; private set; } = null!;

    internal BicepRun BuildParams { get; private set; } = null!;

    internal BicepRun LintParams { get; private set; } = null!;

    internal JsonObject Template => JsonNode.Parse(Build.StandardOutput)!.AsObject();

    // The tables main.bicep creates (variable tableNames, handed to the storage module).
    internal IReadOnlyList<string> TableNames =>
        Template["variables"]!["tableNames"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    internal JsonObject Parameters =>
        JsonNode.Parse(JsonNode.Parse(BuildParams.StandardOutput)!["parametersJson"]!.GetValue<string>())!.AsObject();

    public async Task InitializeAsync()
    {
        // "build" already reports every linter diagnostic of main.bicep (bicepconfig.json raises
        // the important rules to errors), so only the parameters file gets a separate lint.
        var infra = RepositoryPaths.InfraDirectory;
        var build = BicepCli.RunAsync(infra, "build", "main.bicep", "--stdout");
        var buildParams = BicepCli.RunAsync(infra, "build-params", "main.bicepparam", "--stdout");
        var lintParams = BicepCli.RunAsync(infra, "lint", "main.bicepparam");
        await Task.WhenAll(build, buildParams, lintParams);
        Build = await build;
        BuildParams = await buildParams;
        LintParams = await lintParams;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
