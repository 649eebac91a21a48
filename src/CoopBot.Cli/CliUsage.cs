namespace CoopBot.Cli;

/// <summary>The bilingual (Dutch first, then English) usage text, generated from the command table.</summary>
internal static class CliUsage
{
    public static void Write(CliCommands commands, TextWriter writer)
    {
        writer.WriteLine("CoopBot beheer-CLI / admin CLI");
        writer.WriteLine();
        writer.WriteLine("Gebruik / usage: dotnet run --project src/CoopBot.Cli -- <commando> [argumenten]");
        writer.WriteLine();
        writer.WriteLine("Commando's / commands:");
        foreach (var command in commands.All)
        {
            WriteCommand(command, writer);
        }

        writer.WriteLine();
        writer.WriteLine("Exitcodes / exit codes: 0 = gelukt / success, 1 = mislukt / failure, 2 = verkeerd gebruik / usage error");
    }

    public static void WriteCommand(CliCommand command, TextWriter writer)
    {
        writer.WriteLine($"  {command.Name} {command.Synopsis}".TrimEnd());
        writer.WriteLine($"      {command.HelpNl}");
        writer.WriteLine($"      {command.HelpEn}");
    }
}
