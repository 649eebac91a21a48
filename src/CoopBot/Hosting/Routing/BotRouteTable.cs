using System.Collections.Frozen;

namespace CoopBot.Hosting.Routing;

/// <summary>The frozen routing table, built once at start-up by <see cref="BotRouteBuilder"/>.</summary>
public sealed class BotRouteTable
{
    internal BotRouteTable(
        FrozenDictionary<string, CommandHandler> commands,
        FrozenDictionary<string, UntypedActionHandler> actions,
        FrozenDictionary<string, ActivityHandler> activities,
        CommandHandler unmatched)
    {
        Commands = commands;
        Actions = actions;
        Activities = activities;
        Unmatched = unmatched;
        // Longest commands first so "wie zit in de stuurgroep" wins over a shorter prefix.
        CommandsByLength = commands.Keys.OrderByDescending(k => k.Length).ToArray();
    }

    internal FrozenDictionary<string, CommandHandler> Commands { get; }

    internal FrozenDictionary<string, UntypedActionHandler> Actions { get; }

    internal FrozenDictionary<string, ActivityHandler> Activities { get; }

    internal CommandHandler Unmatched { get; }

    internal IReadOnlyList<string> CommandsByLength { get; }

    public IEnumerable<string> CommandNames => Commands.Keys;

    public IEnumerable<string> Verbs => Actions.Keys;
}
