using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Json;

// The JSON export's envelope. SchemaVersion changes whenever a field is renamed or removed, so
// consumers can tell old files from new ones; adding a field does not bump it.
public sealed record ExportJsonDocument(int SchemaVersion, ExportDocument Document);
