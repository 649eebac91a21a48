using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Common;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Decisions;

internal sealed partial class DecisionHandlers
{
    public async Task<InvokeResponse> VoteAsync(TurnContext turn, VoteAction data, CancellationToken ct)
    {
        var vote = await voting.VoteAsync(new VoteRequest(data.PollId, turn.Actor(), data.Choices, data.Reason, turn.ActivityKey()) { OnBehalfOf = data.OnBehalfOf }, ct);
        if (vote.Rejection == DecisionTexts.VoteNotConfirmed)
        {
            // The storage did not answer in time: say so at once, without reading it again for the card.
            logger.VoteNotConfirmed(data.PollId);
            return AdaptiveCardInvokeResponseFactory.Error(503, "VoteNotConfirmed", DecisionTexts.VoteNotConfirmed.Message);
        }

        if (!vote.IsSuccess)
        {
            logger.VoteRefused(data.PollId, vote.Rejection.Code);
            return await ViewerResponseAsync(turn, data.PollId, null, vote.Rejection, ct);
        }

        logger.VoteRecorded(data.PollId);
        cards.Request(data.PollId, turn.Actor());

        // The lean path: the voter's view is built from the ballot just written and cached poll, seats and tally.
        var view = await decisions.GetViewAsync(data.PollId, turn.Actor(), ct, fresh: false, knownBallot: vote.Value.Ballot);
        return view is null
            ? AdaptiveCardInvokeResponseFactory.BadRequest(DecisionTexts.PollNotFound.Message)
            : TurnExtensions.CardResponse(DecisionCards.ForViewer(view, DecisionTexts.VoteCounted));
    }

    public Task<InvokeResponse> RefreshAsync(TurnContext turn, PollAction data, CancellationToken ct) =>
        ViewerResponseAsync(turn, data.PollId, null, null, ct);

    /// <summary>"Reageer": the comment is stored with author and time and posted literally as a reply in the thread.</summary>
    public async Task<InvokeResponse> CommentAsync(TurnContext turn, CommentAction data, CancellationToken ct)
    {
        var comment = await comments.CommentAsync(data.PollId, turn.Actor(), data.Comment, turn.ActivityKey(), ct);
        if (comment.IsSuccess && (await decisions.FindAsync(data.PollId, ct))?.Card is { } location)
        {
            await ledger.SendOnceAsync(
                data.PollId, $"comment|{comment.Value.Key}", AfterCrash.SendAgain, token => messenger.ReplyAsync(location, DecisionMessages.Comment(comment.Value), token), ct);
        }

        return await ViewerResponseAsync(turn, data.PollId, comment.IsSuccess ? DecisionTexts.CommentPosted : null, comment.Rejection, ct);
    }

    /// <summary>Consultations: an organisation gives its ballot to a representative of another organisation (audited).</summary>
    public async Task<InvokeResponse> ProxyAsync(TurnContext turn, ProxyAction data, CancellationToken ct)
    {
        var proxy = await voting.RegisterProxyAsync(data.PollId, turn.Actor(), data.ProxyPersonId, turn.ActivityKey(), ct);
        if (proxy.IsSuccess)
        {
            cards.Request(data.PollId, turn.Actor());
        }

        var notice = proxy.IsSuccess ? DecisionTexts.ProxyRegistered(proxy.Value) : null;
        return await ViewerResponseAsync(turn, data.PollId, notice, proxy.Rejection, ct);
    }

    private async Task<InvokeResponse> ViewerResponseAsync(TurnContext turn, string pollId, string? notice, Rejection? rejection, CancellationToken ct)
    {
        var view = await decisions.GetViewAsync(pollId, turn.Actor(), ct);
        return view is null
            ? AdaptiveCardInvokeResponseFactory.BadRequest(DecisionTexts.PollNotFound.Message)
            : TurnExtensions.CardResponse(DecisionCards.ForViewer(view, rejection?.Message ?? notice, rejection is not null));
    }
}
