using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace WorkshopBot.Exports.Charts;

// Makes the SVG from the chart library an accessible image: role="img", aria-labelledby pointing at a
// <title> and a <desc> that are the first children of the root, as SVG-AAM and WCAG (H37/ARIA) expect.
// Title and description go in as XML text nodes, so any markup in user text stays text.
internal static class AccessibleSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Label(string svg, string idPrefix, string title, string description)
    {
        var prefix = SafeId(idPrefix);
        var document = XDocument.Parse(svg);
        var root = document.Root ?? throw new InvalidOperationException("The chart library produced an SVG without a root element.");
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-labelledby", $"{prefix}-title {prefix}-desc");
        root.SetAttributeValue("viewBox", $"0 0 {root.Attribute("width")?.Value} {root.Attribute("height")?.Value}");
        root.AddFirst(
            new XElement(Svg + "title", new XAttribute("id", $"{prefix}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{prefix}-desc"), description));

        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
        {
            document.Save(writer);
        }

        return builder.ToString();
    }

    // Ids may hold only letters, digits, '-' and '_' and must start with a letter.
    private static string SafeId(string value)
    {
        var builder = new StringBuilder("c-");
        foreach (var c in value ?? string.Empty)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return builder.ToString();
    }
}
