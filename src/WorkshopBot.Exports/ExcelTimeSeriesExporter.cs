using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports;

// The time series per indicator as a workbook: sheet "Tijdreeksen" with one row per measurement (the
// indicator's definition repeated, a filter on the header, the header frozen). Values, baseline and target
// are real numbers and the period dates real dates, so a user can chart or pivot them at once; text is an
// inline string with a leading apostrophe where Excel could read it as a formula.
public static class ExcelTimeSeriesExporter
{
    public const string ContentType = ExcelIndicatorRegisterExporter.ContentType;

    private const uint HeaderStyle = 1;
    private const uint TextStyle = 2;
    private const uint NumberStyle = 3;
    private const uint DateStyle = 4;

    public static byte[] Render(MonitoringDocument document, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clean = MonitoringCleaner.Clean(document);
        var text = MonitoringText.For(language);
        var header = TimeSeriesTable.Header(text);
        var rows = TimeSeriesTable.Rows(clean, text).ToArray();
        var lastCell = $"{ExcelColumns.Name(header.Count - 1)}{rows.Length + 1}";

        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            package.PackageProperties.Title = clean.Title;
            package.PackageProperties.Creator = "WorkshopBot";
            package.PackageProperties.Language = text.Common.LanguageTag;
            package.PackageProperties.Created = clean.GeneratedAt.UtcDateTime;
            package.PackageProperties.Modified = clean.GeneratedAt.UtcDateTime;

            var workbookPart = package.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

            var sheetData = new SheetData(Row(1, header.Cast<object?>().ToArray(), header: true));
            for (var i = 0; i < rows.Length; i++)
            {
                sheetData.Append(Row((uint)i + 2, rows[i], header: false));
            }

            sheetPart.Worksheet = new Worksheet(
                new SheetDimension { Reference = $"A1:{lastCell}" },
                new SheetViews(new SheetView(
                    new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
                {
                    TabSelected = true,
                    WorkbookViewId = 0U,
                }),
                new SheetFormatProperties { DefaultRowHeight = 15D },
                new Columns(TimeSeriesTable.Widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })),
                sheetData,
                new AutoFilter { Reference = $"A1:{lastCell}" });

            workbookPart.Workbook = new Workbook(
                new Sheets(new Sheet { Name = text.TimeSeriesSheet, SheetId = 1U, Id = workbookPart.GetIdOfPart(sheetPart) }),
                new DefinedNames(new DefinedName($"'{text.TimeSeriesSheet}'!$A$1:${ExcelColumns.Name(header.Count - 1)}${rows.Length + 1}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = 0U,
                    Hidden = true,
                }));
        }

        return stream.ToArray();
    }

    private static Row Row(uint rowIndex, object?[] values, bool header)
    {
        var row = new Row { RowIndex = rowIndex };
        for (var i = 0; i < values.Length; i++)
        {
            var reference = $"{ExcelColumns.Name(i)}{rowIndex}";
            row.Append(values[i] switch
            {
                null => new Cell { CellReference = reference, StyleIndex = TextStyle },
                double number => new Cell
                {
                    CellReference = reference,
                    StyleIndex = NumberStyle,
                    CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)),
                },
                DateOnly date => new Cell
                {
                    CellReference = reference,
                    StyleIndex = DateStyle,
                    CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
                },
                var other => new Cell(new InlineString(new Text(SafeText.NeutraliseFormula(other.ToString() ?? string.Empty)) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    StyleIndex = header ? HeaderStyle : TextStyle,
                },
            });
        }

        return row;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "yyyy-mm-dd" }) { Count = 1U },
        new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }),
            new Font(new Bold(), new FontSize { Val = 11D }, new Color { Rgb = "FF1F4E79" }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }))
        { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
        { Count = 3U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
            {
                NumberFormatId = 49U, FontId = 1U, FillId = 2U, BorderId = 0U, FormatId = 0U,
                ApplyFont = true, ApplyFill = true, ApplyAlignment = true, ApplyNumberFormat = true,
            },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
            {
                // Number format 49 is "@" (text): a user who retypes a text cell keeps it text.
                NumberFormatId = 49U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true, ApplyNumberFormat = true,
            },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true,
            },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 164U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true, ApplyNumberFormat = true,
            })
        { Count = 5U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
}
