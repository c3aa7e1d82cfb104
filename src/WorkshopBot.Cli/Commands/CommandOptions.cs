namespace WorkshopBot.Cli.Commands;

// "--name value" / "--name=value" options, value-less flags ("--json") and positional words, for commands
// that take only known options. One parser for every command, so they all report mistakes the same way.
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _flags;

    private CommandOptions(Dictionary<string, string> values, HashSet<string> flags, IReadOnlyList<string> positional)
    {
        _values = values;
        _flags = flags;
        Positional = positional;
    }

    public IReadOnlyList<string> Positional { get; }

    public IReadOnlyDictionary<string, string> Values => _values;

    public string? this[string name] => _values.GetValueOrDefault(name);

    public bool HasFlag(string name) => _flags.Contains(name);

    public static bool TryParse(IReadOnlyList<string> args, IReadOnlySet<string> known, out CommandOptions options, out string problem) =>
        TryParse(args, known, new HashSet<string>(), out options, out problem);

    public static bool TryParse(
        IReadOnlyList<string> args,
        IReadOnlySet<string> known,
        IReadOnlySet<string> knownFlags,
        out CommandOptions options,
        out string problem)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var positional = new List<string>();
        options = new CommandOptions(values, flags, positional);
        problem = "";
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (knownFlags.Contains(arg))
            {
                flags.Add(arg);
                continue;
            }

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
