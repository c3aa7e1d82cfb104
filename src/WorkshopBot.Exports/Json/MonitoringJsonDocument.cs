using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Json;

// The monitoring JSON export's envelope; SchemaVersion changes when a field is renamed or removed.
public sealed record MonitoringJsonDocument(int SchemaVersion, MonitoringDocument Document);
