using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkshopBot.Exports.Formatting;

// Real named styles (Title, Heading1/2, a table style with a header row), so the factsheet gets a
// navigation pane and a readers' outline, and a project leader can restyle it in Word in one go.
internal static class WordStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string ListParagraph = "ListParagraph";
    public const string Meta = "Meta";
    public const string TableText = "TableText";
    public const string Table = "WorkshopBotTable";
    public const int BulletNumberingId = 1;

    private const string Font = "Calibri";
    private const string Accent = "1F4E79";
    private const string AccentLight = "2E74B5";
    private const string Grey = "595959";
    private const string HeaderFill = "DDEBF7";
    private const string BorderColour = "9DC3E6";

    public static Styles Build(string languageTag)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = languageTag, EastAsia = languageTag, Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle("Normal", "Normal", basedOn: null, isDefault: true, uiPriority: 0));
        styles.Append(ParagraphStyle(Title, "Title", "Normal", uiPriority: 10,
            paragraph: new StyleParagraphProperties(
                new SpacingBetweenLines { After = "60", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new ContextualSpacing()),
            run: new StyleRunProperties(
                new Bold(),
                new Color { Val = Accent },
                new Kern { Val = 28U },
                new FontSize { Val = "52" },
                new FontSizeComplexScript { Val = "52" })));
        styles.Append(ParagraphStyle(Subtitle, "Subtitle", "Normal", uiPriority: 11,
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
            run: new StyleRunProperties(
                new Color { Val = Grey },
                new FontSize { Val = "26" },
                new FontSizeComplexScript { Val = "26" })));
        styles.Append(ParagraphStyle(Heading1, "heading 1", "Normal", uiPriority: 9,
            paragraph: new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6U, Space = 1U, Color = BorderColour }),
                new SpacingBetweenLines { Before = "360", After = "120" },
                new OutlineLevel { Val = 0 }),
            run: new StyleRunProperties(
                new Bold(),
                new Color { Val = Accent },
                new FontSize { Val = "32" },
                new FontSizeComplexScript { Val = "32" })));
        styles.Append(ParagraphStyle(Heading2, "heading 2", "Normal", uiPriority: 9,
            paragraph: new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new SpacingBetweenLines { Before = "240", After = "80" },
                new OutlineLevel { Val = 1 }),
            run: new StyleRunProperties(
                new Bold(),
                new Color { Val = AccentLight },
                new FontSize { Val = "26" },
                new FontSizeComplexScript { Val = "26" })));
        styles.Append(ParagraphStyle(ListParagraph, "List Paragraph", "Normal", uiPriority: 34,
            paragraph: new StyleParagraphProperties(
                new SpacingBetweenLines { After = "60" },
                new Indentation { Left = "720" },
                new ContextualSpacing())));
        styles.Append(ParagraphStyle(Meta, "WorkshopBot Meta", "Normal", uiPriority: 20,
            paragraph: null,
            run: new StyleRunProperties(
                new Color { Val = Grey },
                new FontSize { Val = "18" },
                new FontSizeComplexScript { Val = "18" })));
        styles.Append(ParagraphStyle(TableText, "WorkshopBot Table Text", "Normal", uiPriority: 21,
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            run: new StyleRunProperties(new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })));
        styles.Append(TableNormal());
        styles.Append(FactsheetTable());
        return styles;
    }

    public static Numbering BuildNumbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });

    private static Style ParagraphStyle(
        string id,
        string name,
        string? basedOn,
        bool isDefault = false,
        int uiPriority = 99,
        StyleParagraphProperties? paragraph = null,
        StyleRunProperties? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
            style.Append(new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new UIPriority { Val = uiPriority });
        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style TableNormal() => new(
        new StyleName { Val = "Normal Table" },
        new UIPriority { Val = 99 },
        new SemiHidden(),
        new UnhideWhenUsed(),
        new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table,
        StyleId = "TableNormal",
        Default = OnOffValue.FromBoolean(true),
    };

    private static Style FactsheetTable() => new(
        new StyleName { Val = "WorkshopBot Table" },
        new BasedOn { Val = "TableNormal" },
        new UIPriority { Val = 59 },
        new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = BorderColour },
                new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = BorderColour },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = BorderColour }),
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })),
        new TableStyleProperties(
            new RunPropertiesBaseStyle(new Bold(), new Color { Val = Accent }),
            new TableStyleConditionalFormattingTableCellProperties(
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill }))
        { Type = TableStyleOverrideValues.FirstRow })
    {
        Type = StyleValues.Table,
        StyleId = Table,
    };
}
