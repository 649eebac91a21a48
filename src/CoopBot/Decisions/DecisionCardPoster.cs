using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Protocol.Hosting;

namespace CoopBot.Decisions;

/// <summary>Posts a new decision's card and records where, so later updates (other instances, background jobs) find it.</summary>
internal sealed class DecisionCardPoster(DecisionService views, DecisionPolls polls)
{
    // Issue 4: the decision card goes in the stuurgroep channel as a new thread. Where the channel cannot start a
    // thread (personal or group chat, or an emulator without it), it is posted in the current conversation.
    // An install event names the channel only in settings.selectedChannel, so its handler passes the channel in.
    public async Task PostAsync(TurnContext turn, string pollId, CancellationToken ct, string? channelId = null)
    {
        var view = await views.GetViewAsync(pollId, turn.Actor(), ct) ?? throw new InvalidOperationException("Poll vanished after creation.");
        var activity = TurnExtensions.CardActivity(DecisionCards.Shared(view));
        channelId ??= turn.Activity.GetTeamsChannelData().Channel?.Id;
        var location = await ChannelThreads.PostAsync(turn, activity, channelId, ct);
        await AttachAsync(pollId, location, ct);
    }

    /// <summary>Records where the card was posted (ETag-guarded, audited once per card).</summary>
    public Task<PollRecord?> AttachAsync(string pollId, CardLocation card, CancellationToken ct) =>
        polls.MutateAsync(pollId, "card-posted", "bot", card.ActivityId, poll => Result<PollRecord>.Success(poll with { Card = card }), ct);
}
