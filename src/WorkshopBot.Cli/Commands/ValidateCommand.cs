using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace WorkshopBot.Cli.Commands;

// `workshopbot validate <file.docx|file.xlsx>`: runs the Open XML SDK validator (Office 2019) over an export,
// as Word and Excel would judge it. Lets checks outside .NET (the end-to-end browser tests, a council's IT)
// confirm that a downloaded report opens without repair. Prints each error; exit 0 when there are none.
public static class ValidateCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count != 1 || !File.Exists(args[0]))
        {
            error.WriteLine("Gebruik / usage: workshopbot validate <bestand.docx|bestand.xlsx>");
            return ExitCodes.Usage;
        }

        var path = args[0];
        try
        {
            using OpenXmlPackage? package = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".docx" => WordprocessingDocument.Open(path, false),
                ".xlsx" => SpreadsheetDocument.Open(path, false),
                _ => null,
            };
            if (package is null)
            {
                error.WriteLine("Alleen .docx en .xlsx / only .docx and .xlsx.");
                return ExitCodes.Usage;
            }

            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package).ToList();
            foreach (var e in errors)
            {
                error.WriteLine($"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
            }

            output.WriteLine(errors.Count == 0 ? $"{path}: geldig / valid" : $"{path}: {errors.Count} fout(en) / error(s)");
            return errors.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException)
        {
            error.WriteLine($"{path}: geen geldig Open XML-pakket / not a valid Open XML package: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}
