using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Decisions.Contracts;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.MeetingChat;

/// <summary>"Stemming tijdens de vergadering": the chair starts a quick stemming or voorstel in the meeting chat.</summary>
internal sealed class MeetingChatHandlers(
    IDecisionForms decisions,
    ConversationGroups groups,
    IVoterEligibility eligibility,
    MeetingVotes votes,
    TimeProvider clock)
{
    public async Task StartAsync(TurnContext turn, string arguments, CancellationToken ct)
    {
        var link = await groups.FindMeetingChatAsync(turn.Activity, ct);
        var group = link is null ? null : await groups.FindAsync(turn.Activity, ct);
        if (group is null)
        {
            await turn.SendActivityAsync(MeetingChatTexts.NotAMeetingChat, ct);
            return;
        }

        if (!await eligibility.CanManageDecisionsAsync(group.Id, turn.Activity.From?.AadObjectId, clock.GetUtcNow(), ct))
        {
            await turn.SendActivityAsync(DecisionSentences.OnlyManagersMayCreate.Message, ct);
            return;
        }

        var form = arguments.Contains(DecisionCommands.StartProposal, StringComparison.OrdinalIgnoreCase) ? DecisionForms.Proposal : DecisionForms.Poll;
        var card = DecisionFormCards.Create(form, group.Id, group.Name, decisions.DefaultDate(form));
        await turn.SendCardAsync(ForMeetingChat(card), ct);
    }

    public async Task<InvokeResponse> CreateAsync(TurnContext turn, CreatePollData data, CancellationToken ct)
    {
        var group = await groups.FindAsync(turn.Activity, ct);
        if (group is null || await groups.FindMeetingChatAsync(turn.Activity, ct) is null || group.Id != data.SteeringGroupId)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(MeetingChatTexts.NotAMeetingChat);
        }

        var (created, card) = await decisions.SubmitAsync(turn, data, ct);
        if (created is not null)
        {
            await votes.AfterCreatedAsync(turn, created, ct);
        }

        return card is null
            ? AdaptiveCardInvokeResponseFactory.BadRequest(MeetingChatTexts.NotAMeetingChat)
            : TurnExtensions.CardResponse(ForMeetingChat(card));
    }

    /// <summary>The decisions form (and its confirmation step) submits to this feature, which adds the meeting notification.</summary>
    private static AdaptiveCard ForMeetingChat(AdaptiveCard card) => card with
    {
        Actions = [.. card.Actions.Select(a => a is ActionExecute { Verb: DecisionVerbs.Create } execute ? execute with { Verb = MeetingChatVerbs.Create } : a)],
    };
}
