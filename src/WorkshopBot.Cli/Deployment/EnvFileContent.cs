namespace WorkshopBot.Cli.Deployment;

public sealed record EnvFileContent(IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
