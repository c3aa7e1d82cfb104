namespace WorkshopBot.Cli.Commands;

/// <summary>
/// Routes <c>workshopbot &lt;command&gt; …</c> to a command. Add further commands
/// as another case in <see cref="Run"/> and a line in <see cref="Usage"/>.
/// </summary>
public static class CommandDispatcher
{
    public const string Usage = """
        Gebruik / usage:
          workshopbot coach result "<tekst>" [--json] [--lang nl|en] [--step 2|5]
                [--target-group <tekst>] [--change <tekst>] [--baseline <tekst>] [--target <tekst>] [--horizon <tekst>]
          workshopbot coach indicator "<naam>" [--definition <tekst>] [--json] [--lang nl|en]
                [--numerator <tekst>] [--denominator <tekst>] [--unit <tekst>] [--source <tekst>] [--existing ja|nee]
                [--owner <tekst>] [--frequency <tekst>] [--baseline <tekst>] [--target <tekst>] [--direction <tekst>]
                [--need-to-know ja|nee] [--type input|process|output|outcome] [--mode count|story]
          Beide / both: [--lexicon <map met extra lexicon-json>]
        De coach adviseert en blokkeert nooit: exitcode 0, of 2 bij een fout in de aanroep.

          workshopbot manifest pack --env-file <bestand> --out appPackage.zip [--manifest-dir manifest]
          workshopbot export docx|xlsx|md|csv|json --werkgroep <id> --out <bestand> [--lang nl|en]
                [--connection-string <Table storage>]   (anders / otherwise env ConnectionStrings__Tables)
          workshopbot validate <bestand.docx|bestand.xlsx>   (Open XML-validator, Office 2019)
          workshopbot repair --werkgroep <id> [--connection-string …]   (verwijderde notities opruimen / compact)
          workshopbot privacy export --user <object id of MRI[,…]> --out <bestand.json> [--connection-string …]
          workshopbot privacy forget --user <object id of MRI[,…]> [--erase-notes] [--connection-string …]
          workshopbot privacy purge [--dedupe-days 7] [--references-days 180] [--audit-days 730] [--connection-string …]
        Exitcode 0 gelukt, 1 mislukt (fouten op stderr), 2 fout in de aanroep.
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0)
        {
            error.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        switch (args[0])
        {
            case "coach":
                return CoachCommand.Run(args.Skip(1).ToList(), output, error);
            case "manifest":
                return ManifestCommand.Run(args.Skip(1).ToList(), output, error);
            case "export":
                return ExportCommand.Run(args.Skip(1).ToList(), output, error);
            case "validate":
                return ValidateCommand.Run(args.Skip(1).ToList(), output, error);
            case "repair":
                return RepairCommand.Run(args.Skip(1).ToList(), output, error);
            case "privacy":
                return PrivacyCommand.Run(args.Skip(1).ToList(), output, error);
            case "help" or "--help" or "-h":
                output.WriteLine(Usage);
                return ExitCodes.Success;
            default:
                error.WriteLine($"Onbekend commando ‘{args[0]}’ / unknown command.");
                error.WriteLine(Usage);
                return ExitCodes.Usage;
        }
    }
}
