namespace CoopBot.Cli;

/// <summary>Handles one command; returns a <see cref="CliExitCodes"/> value.</summary>
internal delegate int CliHandler(CliInvocation invocation);

/// <summary>A registered command: its words ("faq eval"), argument synopsis, Dutch/English help and handler.</summary>
internal sealed record CliCommand(
    string Name,
    string Synopsis,
    string HelpNl,
    string HelpEn,
    IReadOnlyCollection<string> Options,
    IReadOnlyCollection<string> Flags,
    CliHandler Handler);

/// <summary>What a handler receives: the arguments after the command words and the output streams.</summary>
internal sealed record CliInvocation(CliArguments Arguments, TextWriter Out, TextWriter Error);

/// <summary>Thrown for wrong usage (missing or unknown arguments); the dispatcher prints usage and exits with 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
