using DocumentFormat.OpenXml.Packaging;
using WorkshopBot.Exports.Model;

namespace WorkshopBot.Exports.Formatting;

// The document properties Word and Excel show under File > Info: the same for every Office export, so a
// project leader sees which werkgroep a file is about and when it was made, whichever file they open.
internal static class PackageMetadata
{
    public static void Apply(OpenXmlPackage package, ExportDocument document, ExportText labels)
    {
        package.PackageProperties.Title = document.Title;
        package.PackageProperties.Subject = labels.Subtitle(document);
        package.PackageProperties.Creator = "WorkshopBot";
        package.PackageProperties.Language = labels.LanguageTag;
        package.PackageProperties.Created = document.GeneratedAt.UtcDateTime;
        package.PackageProperties.Modified = document.GeneratedAt.UtcDateTime;
    }
}
