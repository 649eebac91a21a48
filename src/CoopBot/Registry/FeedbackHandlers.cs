using CoopBot.Common;
using CoopBot.Domain.Registry;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Registry;

/// <summary>Thin handlers of "kandidaat stellen" and "bezwaar samenstelling", and of the community manager's answer.</summary>
internal sealed class FeedbackHandlers(CompositionFeedbackService feedback, IDecisionLookup decisions)
{
    public Task CandidacyAsync(TurnContext turn, string arguments, CancellationToken ct) => StartAsync(turn, FeedbackKind.Kandidatuur, ct);

    public Task ObjectionAsync(TurnContext turn, string arguments, CancellationToken ct) => StartAsync(turn, FeedbackKind.Bezwaar, ct);

    public async Task<InvokeResponse> SubmitAsync(TurnContext turn, SubmitFeedbackData data, CancellationToken ct)
    {
        if (!Enum.TryParse<FeedbackKind>(data.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(Hosting.Routing.RoutingTexts.MalformedAction);
        }

        if (!IsPersonal(turn))
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(RegistryTexts.PersonalChatOnly);
        }

        var from = turn.Activity.From;
        var result = await feedback.SubmitAsync(kind, data.SteeringGroupId, data.Motivation, from?.AadObjectId, from?.Id, turn.Activity.GetTenantId(), turn.ActivityKey(), ct);
        if (result.IsSuccess)
        {
            return TurnExtensions.CardResponse(FeedbackCards.Submitted(result.Value.Item.Feedback, result.Value.GroupName));
        }

        var (_, groups) = await feedback.EligibleGroupsAsync(from?.AadObjectId, ct);
        return groups.Count == 0
            ? AdaptiveCardInvokeResponseFactory.BadRequest(result.Rejection.Message)
            : TurnExtensions.CardResponse(FeedbackCards.Form(kind, groups, result.Rejection.Message, data));
    }

    public async Task<InvokeResponse> DecideAsync(TurnContext turn, DecideFeedbackData data, CancellationToken ct)
    {
        if (data.Accept is not { } accept)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(Hosting.Routing.RoutingTexts.MalformedAction);
        }

        var result = await feedback.DecideAsync(data.FeedbackId, accept, turn.Activity.From?.AadObjectId, ct);
        if (result.IsSuccess)
        {
            return TurnExtensions.CardResponse(ManagerCard(result.Value, null));
        }

        // Refused (not the community manager, or decided already): the card shows the stored state and why.
        return await feedback.DescribeAsync(data.FeedbackId, ct) is { } current
            ? TurnExtensions.CardResponse(ManagerCard(current, result.Rejection.Message))
            : AdaptiveCardInvokeResponseFactory.BadRequest(result.Rejection.Message);
    }

    private async Task StartAsync(TurnContext turn, FeedbackKind kind, CancellationToken ct)
    {
        if (!IsPersonal(turn))
        {
            await turn.SendActivityAsync(RegistryTexts.PersonalChatOnly, ct);
            return;
        }

        var (person, groups) = await feedback.EligibleGroupsAsync(turn.Activity.From?.AadObjectId, ct);
        if (person is null)
        {
            await turn.SendActivityAsync(RegistryTexts.UnknownPerson, ct);
            return;
        }

        if (groups.Count == 0)
        {
            await turn.SendActivityAsync(RegistryTexts.NoEligibleGroups, ct);
            return;
        }

        await turn.SendCardAsync(FeedbackCards.Form(kind, groups), ct);
    }

    private Cards.AdaptiveCard ManagerCard(FeedbackOutcome outcome, string? notice) =>
        FeedbackCards.ForCommunityManager(outcome.Item.Feedback, outcome.GroupName, outcome.OrganisationName, decisions.TimeZone, notice);

    private static bool IsPersonal(TurnContext turn) =>
        string.Equals(turn.Activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
}
