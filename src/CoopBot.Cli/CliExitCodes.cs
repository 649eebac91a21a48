namespace CoopBot.Cli;

/// <summary>Process exit codes shared by every command.</summary>
internal static class CliExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
