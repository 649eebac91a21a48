using System.Collections.Frozen;
using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Hosting.Routing;

/// <summary>Dispatches a validated turn through the frozen route table. Unknown invoke names return null (501).</summary>
internal sealed class BotRouter(BotRouteTable routes, TenantServiceUrls serviceUrls, TurnClaims claims) : ITurnHandler
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    // Safe under concurrent redelivery by themselves, and on the lean vote path (ADR 0006, 0009): a ballot and its audit
    // event, keyed by the activity id, are one insert-or-409 batch; a refresh writes nothing.
    private static readonly FrozenSet<string> UnclaimedVerbs = FrozenSet.Create(StringComparer.Ordinal, DecisionVerbs.Vote, DecisionVerbs.Refresh);

    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken ct)
    {
        // Every turn here passed the adapter's validation, so its serviceUrl may address later proactive sends.
        await serviceUrls.RecordAsync(turn.Activity, ct);
        switch (turn.Activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(turn, ct);
                return null;
            case ActivityTypes.Invoke when turn.Activity.Name == AdaptiveCardActionInvoke:
                return await OnCardActionAsync(turn, ct);
            case ActivityTypes.Invoke:
                return await OnInvokeAsync(turn, ct);
            case ActivityTypes.Event:
                if (turn.Activity.Name is { } eventName && routes.Events.TryGetValue(eventName, out var onEvent))
                {
                    await onEvent(turn, ct);
                }

                return null;
            default:
                if (turn.Activity.Type is { } type && routes.Activities.TryGetValue(type, out var handler))
                {
                    await handler(turn, ct);
                }

                return null;
        }
    }

    private Task OnMessageAsync(TurnContext turn, CancellationToken ct)
    {
        var text = turn.Activity.RemoveRecipientMention() ?? string.Empty;
        var (command, arguments) = CommandText.Match(text, routes.CommandsByLength);
        return command is not null ? routes.Commands[command](turn, arguments, ct) : routes.Unmatched(turn, text, ct);
    }

    // Unknown invoke names stay 501; an unknown command of a known compose-extension invoke gets a Dutch answer.
    private async Task<InvokeResponse?> OnInvokeAsync(TurnContext turn, CancellationToken ct)
    {
        var name = turn.Activity.Name ?? string.Empty;
        if (routes.Invokes.TryGetValue(name, out var invoke))
        {
            return await invoke(turn, ct);
        }

        if (!routes.ComposeInvokeNames.Contains(name))
        {
            return null;
        }

        var commandId = turn.Activity.GetValueAs<ComposeCommandValue>()?.CommandId ?? string.Empty;
        return routes.ComposeCommands.TryGetValue(BotRouteBuilder.ComposeKey(name, commandId), out var command)
            ? await command(turn, ct)
            : ComposeRouting.UnknownCommand(name);
    }

    private async Task<InvokeResponse> OnCardActionAsync(TurnContext turn, CancellationToken ct)
    {
        var value = turn.Activity.GetValueAs<AdaptiveCardInvokeValue>();
        if (value?.Action is not { } action)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(RoutingTexts.MalformedAction);
        }

        if (!string.Equals(action.Type, "Action.Execute", StringComparison.Ordinal))
        {
            return AdaptiveCardInvokeResponseFactory.Error(400, "NotSupported", RoutingTexts.NotAnExecuteAction);
        }

        if (action.Verb is not { } verb || !routes.Actions.TryGetValue(verb, out var handler))
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(RoutingTexts.UnknownAction);
        }

        if (UnclaimedVerbs.Contains(verb) || turn.Activity.Id is not { } activityId)
        {
            return await handler(turn, action.Data, ct);
        }

        // Concurrent redeliveries of this click run one after the other, so each handler's redelivery check sees the first.
        await using var claim = await claims.AcquireAsync($"{turn.Activity.Conversation?.Id}|{activityId}", ct);
        return await handler(turn, action.Data, ct);
    }
}
