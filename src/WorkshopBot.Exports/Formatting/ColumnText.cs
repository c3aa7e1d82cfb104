namespace WorkshopBot.Exports.Formatting;

// A register column's name and the sentence that explains it on the definitions sheet.
internal sealed record ColumnText(string Header, string Help);
