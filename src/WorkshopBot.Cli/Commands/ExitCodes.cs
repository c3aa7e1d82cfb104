namespace WorkshopBot.Cli.Commands;

public static class ExitCodes
{
    public const int Success = 0;

    // The command ran but could not do its job (invalid manifest values, werkgroep not found, storage down).
    public const int Failure = 1;

    public const int Usage = 2;
}
