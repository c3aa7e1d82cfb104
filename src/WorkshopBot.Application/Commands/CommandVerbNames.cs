using System.Collections.Concurrent;

namespace WorkshopBot.Application.Commands;

// The verb of a command record, for telemetry: the board's verb where the board posts it (EditItem is
// "updateItem"), otherwise the record's name in camelCase, which is the card verb (AddNotes → "addNotes").
// A closed set, so it is safe as a metric tag.
public static class CommandVerbNames
{
    private static readonly ConcurrentDictionary<Type, string> Verbs = new(
        CommandVerbs.BoardCommands.Select(pair => KeyValuePair.Create(pair.Value, pair.Key)));

    public static string Of(WerkgroepCommand command) =>
        Verbs.GetOrAdd(command.GetType(), static type => char.ToLowerInvariant(type.Name[0]) + type.Name[1..]);
}
