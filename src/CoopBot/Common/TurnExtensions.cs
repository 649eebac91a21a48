using CoopBot.Cards;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Common;

/// <summary>Small helpers every feature handler needs on a turn.</summary>
internal static class TurnExtensions
{
    public static Actor Actor(this TurnContext turn) =>
        new(turn.Activity.From?.AadObjectId, turn.Activity.From?.Name ?? "Onbekende gebruiker", turn.Activity.From?.Id);

    /// <summary>The key that makes a retried activity idempotent: Teams redelivers with the same activity id.</summary>
    public static string ActivityKey(this TurnContext turn) => turn.Activity.Id ?? Guid.NewGuid().ToString("N");

    public static Activity CardActivity(AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [Attachment.AdaptiveCard(AdaptiveCardSerializer.ToJsonNode(card))],
    };

    public static Task<ResourceResponse> SendCardAsync(this TurnContext turn, AdaptiveCard card, CancellationToken ct) =>
        turn.SendActivityAsync(CardActivity(card), ct);

    public static InvokeResponse CardResponse(AdaptiveCard card) => AdaptiveCardInvokeResponseFactory.Card(AdaptiveCardSerializer.ToJsonNode(card));
}
