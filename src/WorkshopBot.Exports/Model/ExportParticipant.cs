namespace WorkshopBot.Exports.Model;

public sealed record ExportParticipant(string Name, string Organisation);
