using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using WorkshopBot.Domain.Localization;
using WorkshopBot.Exports.Formatting;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports;

// The indicator register: sheet "Indicatorregister" with one row per indicator and every
// definition-sheet column, plus sheet "Definities" explaining the columns. Every cell is written as a
// shared string (never a number or formula), and cells Excel could read as a formula get a leading
// apostrophe, so the text survives a later "save as CSV" too.
public static class ExcelIndicatorRegisterExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string RegisterSheetName = "Indicatorregister";
    public const string DefinitionsSheetName = "Definities";

    private const uint HeaderStyle = 1;
    private const uint BodyStyle = 2;

    public static byte[] Render(ExportDocument document, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(document);
        var clean = DocumentCleaner.Clean(document);
        var labels = ExportText.For(language);
        var strings = new SharedStrings();

        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            PackageMetadata.Apply(package, clean, labels);

            var workbookPart = package.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = BuildStylesheet();

            var header = IndicatorRegister.Header(labels);
            var rows = IndicatorRegister.Rows(clean, labels);
            var register = workbookPart.AddNewPart<WorksheetPart>();
            register.Worksheet = BuildRegister(header, rows, strings);

            var definitions = workbookPart.AddNewPart<WorksheetPart>();
            definitions.Worksheet = BuildDefinitions(labels, header, IndicatorRegister.Descriptions(labels), strings);

            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();

            workbookPart.Workbook = new Workbook(
                new Sheets(
                    new Sheet { Name = RegisterSheetName, SheetId = 1U, Id = workbookPart.GetIdOfPart(register) },
                    new Sheet { Name = DefinitionsSheetName, SheetId = 2U, Id = workbookPart.GetIdOfPart(definitions) }),
                // Excel keeps an autofilter's range in this hidden name; without it some versions drop the filter.
                new DefinedNames(new DefinedName($"{RegisterSheetName}!$A$1:${ExcelColumns.Name(header.Count - 1)}${rows.Count + 1}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = 0U,
                    Hidden = true,
                }));
        }

        return stream.ToArray();
    }

    private static Worksheet BuildRegister(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, SharedStrings strings)
    {
        var lastColumn = ExcelColumns.Name(header.Count - 1);
        var sheetData = new SheetData(TextRow(1, header, HeaderStyle, strings));
        for (var i = 0; i < rows.Count; i++)
        {
            sheetData.Append(TextRow((uint)i + 2, rows[i], BodyStyle, strings));
        }

        var columns = new Columns(IndicatorRegister.Widths.Select((width, i) => new Column
        {
            Min = (uint)i + 1,
            Max = (uint)i + 1,
            Width = width,
            CustomWidth = true,
        }));

        return new Worksheet(
            new SheetDimension { Reference = $"A1:{lastColumn}{rows.Count + 1}" },
            new SheetViews(new SheetView(
                new Pane
                {
                    VerticalSplit = 1D,
                    TopLeftCell = "A2",
                    ActivePane = PaneValues.BottomLeft,
                    State = PaneStateValues.Frozen,
                },
                new Selection
                {
                    Pane = PaneValues.BottomLeft,
                    ActiveCell = "A2",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" },
                })
            {
                TabSelected = true,
                WorkbookViewId = 0U,
            }),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            columns,
            sheetData,
            new AutoFilter { Reference = $"A1:{lastColumn}{rows.Count + 1}" });
    }

    private static Worksheet BuildDefinitions(ExportText labels, IReadOnlyList<string> header, IReadOnlyList<string> descriptions, SharedStrings strings)
    {
        var sheetData = new SheetData(TextRow(1, [labels.Column, labels.Meaning], HeaderStyle, strings));
        for (var i = 0; i < header.Count; i++)
        {
            sheetData.Append(TextRow((uint)i + 2, [header[i], descriptions[i]], BodyStyle, strings));
        }

        return new Worksheet(
            new SheetViews(new SheetView { WorkbookViewId = 0U }),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            new Columns(
                new Column { Min = 1U, Max = 1U, Width = 30D, CustomWidth = true },
                new Column { Min = 2U, Max = 2U, Width = 80D, CustomWidth = true }),
            sheetData);
    }

    private static Row TextRow(uint rowIndex, IReadOnlyList<string> values, uint style, SharedStrings strings)
    {
        var row = new Row { RowIndex = rowIndex };
        for (var i = 0; i < values.Count; i++)
        {
            row.Append(new Cell
            {
                CellReference = $"{ExcelColumns.Name(i)}{rowIndex}",
                DataType = CellValues.SharedString,
                StyleIndex = style,
                CellValue = new CellValue(strings.IndexOf(SafeText.NeutraliseFormula(values[i])).ToString(CultureInfo.InvariantCulture)),
            });
        }

        return row;
    }

    private static Stylesheet BuildStylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }),
            new Font(new Bold(), new FontSize { Val = 11D }, new Color { Rgb = "FF1F4E79" }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }))
        { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
        { Count = 3U },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(new Color { Rgb = "FF9DC3E6" }) { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
            {
                NumberFormatId = 49U, FontId = 1U, FillId = 2U, BorderId = 1U, FormatId = 0U,
                ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true, ApplyNumberFormat = true,
            },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
            {
                // Number format 49 is "@" (text): a user who retypes a cell keeps it text.
                NumberFormatId = 49U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U,
                ApplyAlignment = true, ApplyNumberFormat = true,
            })
        { Count = 3U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });

    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
        private readonly List<string> values = [];
        private int references;

        public int IndexOf(string value)
        {
            references++;
            if (!indexes.TryGetValue(value, out var index))
            {
                index = values.Count;
                values.Add(value);
                indexes.Add(value, index);
            }

            return index;
        }

        public SharedStringTable Build() => new(values.Select(v => new SharedStringItem(new Text(v) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)references,
            UniqueCount = (uint)values.Count,
        };
    }
}
