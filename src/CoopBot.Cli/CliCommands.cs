using CoopBot.Cli.Decisions;
using CoopBot.Cli.Budget;
using CoopBot.Cli.Faq;
using CoopBot.Cli.Teams;
using CoopBot.Cli.Registry;
using CoopBot.Cli.Meetings;

namespace CoopBot.Cli;

/// <summary>
/// The command table: command words ("faq eval") mapped to handlers. Built once; a duplicate name throws.
/// Features register their commands from their own folder (see <see cref="CreateDefault"/>).
/// </summary>
internal sealed class CliCommands
{
    private readonly Dictionary<string, CliCommand> _commands = new(StringComparer.Ordinal);

    public IEnumerable<CliCommand> All => _commands.Values.OrderBy(c => c.Name, StringComparer.Ordinal);

    /// <summary>The table with every feature's commands.</summary>
    public static CliCommands CreateDefault()
    {
        var commands = new CliCommands();
        FaqCommands.Register(commands);
        DecisionCommands.Register(commands);
        BudgetCommands.Register(commands);
        TeamsCommands.Register(commands);
        RegistryCliCommands.Register(commands);
        Tab.TabCommands.Register(commands);
        MeetingsCommands.Register(commands);
        return commands;
    }

    public void Add(CliCommand command)
    {
        if (!_commands.TryAdd(command.Name, command))
        {
            throw new InvalidOperationException($"The CLI command '{command.Name}' is registered twice.");
        }
    }

    /// <summary>Dispatches <paramref name="args"/>; returns the process exit code.</summary>
    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
        {
            CliUsage.Write(this, args.Count == 0 ? error : output);
            return args.Count == 0 ? CliExitCodes.Usage : CliExitCodes.Success;
        }

        var command = Resolve(args, out var consumed);
        if (command is null)
        {
            error.WriteLine($"Onbekend commando / unknown command: {string.Join(' ', args.Take(2))}");
            CliUsage.Write(this, error);
            return CliExitCodes.Usage;
        }

        try
        {
            var arguments = new CliArguments(args.Skip(consumed), command.Options, command.Flags);
            return command.Handler(new CliInvocation(arguments, output, error));
        }
        catch (CliUsageException ex)
        {
            error.WriteLine(ex.Message);
            CliUsage.WriteCommand(command, error);
            return CliExitCodes.Usage;
        }
    }

    /// <summary>Finds the command whose name matches the most leading words.</summary>
    private CliCommand? Resolve(IReadOnlyList<string> args, out int consumed)
    {
        for (consumed = Math.Min(args.Count, 3); consumed > 0; consumed--)
        {
            if (_commands.TryGetValue(string.Join(' ', args.Take(consumed)), out var command))
            {
                return command;
            }
        }

        return null;
    }
}
