namespace WorkshopBot.Cli.Commands;

// "--name value" / "--name=value" options plus positional words, for commands that take only known options.
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> _values;

    private CommandOptions(Dictionary<string, string> values, IReadOnlyList<string> positional)
    {
        _values = values;
        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    public string? this[string name] => _values.GetValueOrDefault(name);

    public static bool TryParse(IReadOnlyList<string> args, IReadOnlySet<string> known, out CommandOptions options, out string problem)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        options = new CommandOptions(values, positional);
        problem = "";
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var name = arg;
            string? value = null;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                name = arg[..equals];
                value = arg[(equals + 1)..];
            }

            if (!known.Contains(name))
            {
                problem = $"Onbekende optie ‘{name}’ / unknown option.";
                return false;
            }

            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    problem = $"Optie ‘{name}’ heeft een waarde nodig / option needs a value.";
                    return false;
                }

                value = args[++i];
            }

            values[name] = value;
        }

        return true;
    }
}
