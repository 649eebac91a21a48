using System.Collections.Frozen;

namespace CoopBot.Hosting.Routing;

/// <summary>The frozen routing table, built once at start-up by <see cref="BotRouteBuilder"/>.</summary>
public sealed class BotRouteTable
{
    internal BotRouteTable(
        FrozenDictionary<string, CommandHandler> commands,
        FrozenDictionary<string, UntypedActionHandler> actions,
        FrozenDictionary<string, ActivityHandler> activities,
        FrozenDictionary<string, ActivityHandler> events,
        FrozenDictionary<string, UntypedInvokeHandler> invokes,
        FrozenDictionary<string, UntypedInvokeHandler> composeCommands,
        CommandHandler unmatched)
    {
        Events = events;
        Invokes = invokes;
        ComposeCommands = composeCommands;
        ComposeInvokeNames = composeCommands.Keys.Select(k => k.Split('#', 2)[0]).ToFrozenSet(StringComparer.Ordinal);
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

    internal FrozenDictionary<string, ActivityHandler> Events { get; }

    internal FrozenDictionary<string, UntypedInvokeHandler> Invokes { get; }

    /// <summary>Compose-extension commands keyed by invoke name and command id.</summary>
    internal FrozenDictionary<string, UntypedInvokeHandler> ComposeCommands { get; }

    /// <summary>The compose-extension invokes that have at least one command.</summary>
    internal FrozenSet<string> ComposeInvokeNames { get; }

    internal CommandHandler Unmatched { get; }

    internal IReadOnlyList<string> CommandsByLength { get; }

    public IEnumerable<string> CommandNames => Commands.Keys;

    public IEnumerable<string> Verbs => Actions.Keys;

    /// <summary>The message-extension commands, as <c>invoke#commandId</c>.</summary>
    public IEnumerable<string> ComposeCommandKeys => ComposeCommands.Keys;
}
