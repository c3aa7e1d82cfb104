namespace WorkshopBot.Exports.Charts;

// One row of a chart's table alternative: the period (or "Nulmeting"/"Streefwaarde"), what the row is,
// and the value as the reader's language writes it. The same rows feed the SVG's <desc>.
public sealed record ChartTableRow(string Period, string Kind, string Value);

// A chart's table alternative: the header and the rows, in the order the chart shows them.
public sealed record ChartTable(IReadOnlyList<string> Header, IReadOnlyList<ChartTableRow> Rows);
