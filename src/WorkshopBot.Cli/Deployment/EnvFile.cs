namespace WorkshopBot.Cli.Deployment;

/// <summary>
/// Reads the <c>KEY=VALUE</c> files used for manifest packaging (see manifest/.env.example):
/// blank lines and <c>#</c> comments are ignored, an optional <c>export </c> prefix and one pair
/// of surrounding quotes are removed. No variable expansion: values are taken literally.
/// </summary>
public static class EnvFile
{
    public static EnvFileContent Parse(string content)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                errors.Add($"Line {i + 1}: expected KEY=VALUE.");
                continue;
            }

            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
            {
                value = value[1..^1];
            }

            if (!values.TryAdd(key, value))
            {
                errors.Add($"Line {i + 1}: {key} is set more than once.");
            }
        }

        return new EnvFileContent(values, errors);
    }

    public static EnvFileContent Read(string path) =>
        File.Exists(path)
            ? Parse(File.ReadAllText(path))
            : new EnvFileContent(new Dictionary<string, string>(), [$"Environment file '{path}' does not exist."]);
}
