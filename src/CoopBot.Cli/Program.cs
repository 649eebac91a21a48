namespace CoopBot.Cli;

/// <summary>
/// Entry point. A named class instead of top-level statements: the CLI references the bot host, whose global
/// <c>Program</c> (used by WebApplicationFactory) would otherwise clash with a second global <c>Program</c>.
/// </summary>
internal static class CliProgram
{
    public static int Main(string[] args) => CliCommands.CreateDefault().Run(args, Console.Out, Console.Error);
}
