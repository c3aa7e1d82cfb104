using System.Globalization;
using System.Text;
using WorkshopBot.Domain.Time;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Formatting;

// Suggested download names such as "factsheet-werkgroep-eenzaamheid-onder-ouderen-2026-11-23.docx":
// ASCII only, so they survive Content-Disposition headers, Teams uploads and every file system.
internal static class FileNames
{
    private const int MaxSlugLength = 60;

    public static string Suggest(string prefix, ExportDocument document, ExportText labels, string extension)
    {
        var name = document.Kind == ExportDocumentKind.Werkgroep && document.WerkgroepNames.Count > 0
            ? document.WerkgroepNames[0]
            : document.TrajectName;
        if (name.Length == 0)
        {
            name = document.Title;
        }

        var slug = Slugify($"{labels.KindName(document.Kind)} {name}");
        var date = AmsterdamTime.Convert(document.GeneratedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{prefix}-{slug}-{date}.{extension}";
    }

    // For the monitoring exports: "monitoringrapportage-werkgroep-eenzaamheid-2026-11-23.docx".
    public static string Suggest(string prefix, MonitoringDocument document, MonitoringText text, string extension)
    {
        var (kind, name) = document.WerkgroepName.Length > 0
            ? (text.Common.Werkgroep, document.WerkgroepName)
            : (text.Common.Traject, document.TrajectName.Length > 0 ? document.TrajectName : document.Title);
        var date = AmsterdamTime.Convert(document.GeneratedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{prefix}-{Slugify($"{kind} {name}")}-{date}.{extension}";
    }

    public static string Slugify(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingDash = false;
                if (builder.Length >= MaxSlugLength)
                {
                    break;
                }
            }
            else
            {
                pendingDash = true;
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length > 0 ? slug : "export";
    }
}
