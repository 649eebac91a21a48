using CoopBot.Common;
using CoopBot.Domain.Common;
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
    private static readonly Rejection MalformedAction = new("malformed-action", RoutingTexts.MalformedAction);

    private readonly Dictionary<string, CommandHandler> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, UntypedActionHandler> _actions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActivityHandler> _activities = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActivityHandler> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UntypedInvokeHandler> _invokes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UntypedInvokeHandler> _composeCommands = new(StringComparer.Ordinal);
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

    /// <summary>
    /// An Action.Execute verb whose data <paramref name="parse"/> turns into a typed action once, here: the handler gets
    /// only a complete action; a refused one is answered with its Dutch message (400) and reaches no handler.
    /// </summary>
    internal BotRouteBuilder OnAction<TAction>(string verb, Func<CardActionData, Result<TAction>> parse, ActionHandler<TAction> handler)
    {
        Add(_actions, verb, (turn, data, ct) => InvokeParsed(parse, handler, turn, data, ct), "verb");
        return this;
    }

    public BotRouteBuilder OnActivity(string activityType, ActivityHandler handler)
    {
        Add(_activities, activityType, handler, "activity type");
        return this;
    }

    /// <summary>A named event activity, e.g. <c>application/vnd.microsoft.meetingStart</c>.</summary>
    public BotRouteBuilder OnEvent(string eventName, ActivityHandler handler)
    {
        Add(_events, eventName, handler, "event");
        return this;
    }

    /// <summary>An invoke by name with a typed value (e.g. <c>composeExtension/queryLink</c>); a value that does not fit gets <paramref name="malformed"/>.</summary>
    public BotRouteBuilder OnInvoke<TValue>(string invokeName, InvokeHandler<TValue> handler, Func<InvokeResponse> malformed)
        where TValue : class
    {
        Add(_invokes, invokeName, (turn, ct) => InvokeTyped(handler, turn, malformed, ct), "invoke");
        return this;
    }

    /// <summary>One command of a message extension for one compose-extension invoke (fetchTask, submitAction, query).</summary>
    public BotRouteBuilder OnComposeCommand<TValue>(string invokeName, string commandId, InvokeHandler<TValue> handler)
        where TValue : class
    {
        Add(_composeCommands, ComposeKey(invokeName, commandId), (turn, ct) => InvokeTyped(handler, turn, () => ComposeRouting.UnknownCommand(invokeName), ct), "compose command");
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
        _events.ToFrozenDictionary(StringComparer.Ordinal),
        _invokes.ToFrozenDictionary(StringComparer.Ordinal),
        _composeCommands.ToFrozenDictionary(StringComparer.Ordinal),
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

    private static Task<InvokeResponse> InvokeParsed<TAction>(
        Func<CardActionData, Result<TAction>> parse, ActionHandler<TAction> handler, TurnContext turn, JsonElement data, CancellationToken ct)
    {
        Result<TAction> action;
        try
        {
            action = data.ValueKind == JsonValueKind.Object ? parse(new CardActionData(data)) : Result<TAction>.Fail(MalformedAction);
        }
        catch (JsonException)
        {
            action = Result<TAction>.Fail(MalformedAction);
        }

        return action.IsSuccess
            ? handler(turn, action.Value, ct)
            : Task.FromResult(AdaptiveCardInvokeResponseFactory.BadRequest(action.Rejection.Message));
    }

    internal static string ComposeKey(string invokeName, string commandId) => $"{invokeName}#{commandId}";

    private static Task<InvokeResponse> InvokeTyped<TValue>(InvokeHandler<TValue> handler, TurnContext turn, Func<InvokeResponse> malformed, CancellationToken ct)
        where TValue : class =>
        turn.Activity.GetValueAs<TValue>() is { } value ? handler(turn, value, ct) : Task.FromResult(malformed());

    private static void Add<T>(Dictionary<string, T> routes, string key, T handler, string kind)
    {
        if (!routes.TryAdd(key, handler))
        {
            throw new InvalidOperationException($"Duplicate {kind} route '{key}'.");
        }
    }
}
