using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Decisions.Contracts;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Confidentiality;

/// <summary>"Ik ga akkoord en onderteken" on a placeholder: record the NDA, then show the signer the real card.</summary>
internal sealed class NdaHandlers(NdaService ndas, IDecisionLookup decisions, IDecisionViewerCards cards)
{
    public async Task<InvokeResponse> AcknowledgeAsync(TurnContext turn, PollAction data, CancellationToken ct)
    {
        if (await decisions.FindAsync(data.PollId, ct) is not { } poll)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(DecisionSentences.PollNotFound.Message);
        }

        var signed = await ndas.AcknowledgeAsync(poll.SteeringGroupId, turn.Actor(), turn.ActivityKey(), ct);
        var notice = signed.IsSuccess
            ? ConfidentialityTexts.Signed(signed.Value.Version, DutchFormat.Date(signed.Value.ValidUntil, decisions.TimeZone))
            : signed.Rejection.Message;
        return await cards.ForViewerAsync(poll.Id, turn.Actor(), notice, !signed.IsSuccess, ct) is { } card
            ? TurnExtensions.CardResponse(card)
            : AdaptiveCardInvokeResponseFactory.BadRequest(DecisionSentences.PollNotFound.Message);
    }
}
