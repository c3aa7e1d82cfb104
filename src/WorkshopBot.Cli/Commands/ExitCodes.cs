namespace WorkshopBot.Cli.Commands;

public static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 2;
}
