using CoopBot.Protocol.Hosting;
using System.Collections.Frozen;
using System.Text.Json;
using CoopBot.Protocol.Schema;

namespace CoopBot.Hosting.Routing;

/// <summary>
/// Collects routes once at start-up (teams.net Router shape): commands, Action.Execute verbs and activity types.
/// A duplicate key is a programming error and throws immediately.
/// </summary>
public sealed class BotRouteBuilder
{
    private readonly Dictionary<string, CommandHandler> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UntypedActionHandler> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActivityHandler> _activities = new(StringComparer.OrdinalIgnoreCase);
    private CommandHandler? _fallback;

    public BotRouteBuilder OnCommand(string command, CommandHandler handler)
    {
        Add(_commands, CommandText.Normalize(command), handler, "command");
        return this;
    }

    public BotRouteBuilder OnAction<TData>(string verb, ActionHandler<TData> handler)
        where TData : class
    {
        Add(_actions, verb, (turn, data, ct) => InvokeTyped(handler, turn, data, ct), "verb");
        return this;
    }

    public BotRouteBuilder OnActivity(string activityType, ActivityHandler handler)
    {
        Add(_activities, activityType, handler, "activity type");
        return this;
    }

    /// <summary>What a message that matches no command gets.</summary>
    public BotRouteBuilder OnUnmatchedMessage(CommandHandler handler)
    {
        _fallback = _fallback is null ? handler : throw new InvalidOperationException("The unmatched-message route is already set.");
        return this;
    }

    public BotRouteTable Build() => new(
        _commands.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        _actions.ToFrozenDictionary(StringComparer.Ordinal),
        _activities.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        _fallback ?? throw new InvalidOperationException("Set a route for unmatched messages."));

    private static Task<InvokeResponse> InvokeTyped<TData>(ActionHandler<TData> handler, TurnContext turn, JsonElement data, CancellationToken ct)
        where TData : class
    {
        TData? typed;
        try
        {
            typed = data.ValueKind == JsonValueKind.Object ? data.Deserialize<TData>(ProtocolJson.Options) : null;
        }
        catch (JsonException)
        {
            typed = null;
        }

        return typed is null
            ? Task.FromResult(AdaptiveCardInvokeResponseFactory.BadRequest(RoutingTexts.MalformedAction))
            : handler(turn, typed, ct);
    }

    private static void Add<T>(Dictionary<string, T> routes, string key, T handler, string kind)
    {
        if (!routes.TryAdd(key, handler))
        {
            throw new InvalidOperationException($"Duplicate {kind} route '{key}'.");
        }
    }
}
