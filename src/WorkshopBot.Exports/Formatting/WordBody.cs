using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace WorkshopBot.Exports.Formatting;

// The body of a Word export under construction: paragraphs in the house styles, tables with a repeating
// header row, and inline pictures with alt text. User text only ever lands in w:t of plain runs (no field
// codes, hyperlinks or HTML), so "<script>" or "=HYPERLINK(…)" stays text.
internal sealed class WordBody(string languageTag)
{
    // A4 with 2 cm margins leaves 9638 twips (17 cm) for tables and pictures.
    public const int TextWidth = 9638;

    private const long EmuPerTwip = 635;

    private readonly List<OpenXmlElement> elements = [];
    private uint pictureId;

    public IReadOnlyList<OpenXmlElement> Elements => elements;

    public void Paragraph(string? style, params IEnumerable<Run>[] runs) => elements.Add(NewParagraph(style, runs.SelectMany(r => r)));

    public void KeepWithNext(IEnumerable<Run> runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new KeepNext()));
        paragraph.Append(runs);
        elements.Add(paragraph);
    }

    public void LabelledLine(string label, string value)
    {
        if (value.Length > 0)
        {
            Paragraph(null, Text($"{label}: ", bold: true), Text(value));
        }
    }

    public void Bullet(IEnumerable<Run> runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = WordStyles.ListParagraph },
            new NumberingProperties(
                new NumberingLevelReference { Val = 0 },
                new NumberingId { Val = WordStyles.BulletNumberingId })));
        paragraph.Append(runs);
        elements.Add(paragraph);
    }

    public void Table(int[] widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.Table },
                new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0420" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

        // The header row repeats on every page when a table breaks.
        table.Append(Row(widths, header, new TableRowProperties(new TableHeader())));
        foreach (var row in rows)
        {
            table.Append(Row(widths, row, null));
        }

        elements.Add(table);

        // Word merges two tables that touch; a small paragraph keeps them apart.
        Paragraph(WordStyles.Meta);
    }

    // An inline picture as wide as the text, keeping the image's aspect ratio; the description is the
    // alt text a screen reader reads (Word: "Alternatieve tekst").
    public void Picture(string relationshipId, int pixelWidth, int pixelHeight, string title, string description)
    {
        pictureId++;
        var cx = TextWidth * EmuPerTwip;
        var cy = cx * pixelHeight / pixelWidth;
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = pictureId, Name = $"Chart {pictureId}", Title = title, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = pictureId, Name = $"chart-{pictureId}.png", Description = description },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture",
            }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        elements.Add(new Paragraph(new Run(new Drawing(inline))));
    }

    public void PageSetup() => elements.Add(new SectionProperties(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));

    // One run per text: line breaks in user text become w:br, tabs become spaces.
    public IEnumerable<Run> Text(string text, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        properties.Append(new Languages { Val = languageTag });
        var run = new Run(properties);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return [run];
    }

    private TableRow Row(int[] widths, IReadOnlyList<string> cells, TableRowProperties? properties)
    {
        var row = new TableRow();
        if (properties is not null)
        {
            row.Append(properties);
        }

        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = Twips(widths[i]), Type = TableWidthUnitValues.Dxa }),
                NewParagraph(WordStyles.TableText, Text(cells[i]))));
        }

        return row;
    }

    private static Paragraph NewParagraph(string? style, IEnumerable<Run> runs)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(runs);
        return paragraph;
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
