using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Submissions;

/// <summary>Thin handlers of "voorstel indienen", supporting and the chair's triage.</summary>
internal sealed class SubmissionHandlers(
    SubmissionService submissions,
    IDecisionCreator decisions,
    IMembershipDirectory directory,
    ProactiveMessenger messenger,
    ILogger<SubmissionHandlers> logger)
{
    public static readonly Rejection NoChannel = SubmissionTexts.NoChannel;

    public async Task StartAsync(TurnContext turn, string arguments, CancellationToken ct)
    {
        if (!IsPersonal(turn))
        {
            await turn.SendActivityAsync(SubmissionTexts.PersonalChatOnly, ct);
            return;
        }

        var targets = await submissions.TargetsAsync(turn.Activity.From?.AadObjectId, ct);
        if (targets.Count == 0)
        {
            await turn.SendActivityAsync(SubmissionService.NotACooperant.Message, ct);
            return;
        }

        await turn.SendCardAsync(SubmissionCards.Form(targets), ct);
    }

    public async Task<InvokeResponse> SubmitAsync(TurnContext turn, SubmitProposalData data, CancellationToken ct)
    {
        if (!IsPersonal(turn))
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(SubmissionTexts.PersonalChatOnly);
        }

        var targets = await submissions.TargetsAsync(turn.Activity.From?.AadObjectId, ct);
        if (targets.Count == 0)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(SubmissionService.NotACooperant.Message);
        }

        // The card goes to the stuurgroep's channel: without a linked channel nothing is stored.
        var groupId = data.Target?.Split('|')[0];
        var group = groupId is null ? null : await directory.FindSteeringGroupAsync(groupId, ct);
        if (group is not null && group.Teams is null)
        {
            return TurnExtensions.CardResponse(SubmissionCards.Form(targets, NoChannel.Message, data));
        }

        var submitted = await submissions.SubmitAsync(turn.Actor(), data.Target, data.Title, data.Description, data.Amount, turn.ActivityKey(), ct);
        if (!submitted.IsSuccess)
        {
            return TurnExtensions.CardResponse(SubmissionCards.Form(targets, submitted.Rejection.Message, data));
        }

        var view = submitted.Value;
        if (view.Submission.Card is null && group?.Teams is { } link)
        {
            var activity = TurnExtensions.CardActivity(SubmissionCards.Channel(view));
            var serviceUrl = string.IsNullOrEmpty(link.ServiceUrl) ? turn.Activity.ServiceUrl! : link.ServiceUrl;
            var location = await ChannelThreads.StartAsync(turn, activity, link.ChannelId, link.TenantId, serviceUrl, ct);
            await submissions.AttachCardAsync(view.Submission.Id, location, ct);
        }

        return TurnExtensions.CardResponse(SubmissionCards.Submitted(view));
    }

    public async Task<InvokeResponse> SupportAsync(TurnContext turn, SubmissionActionData data, CancellationToken ct)
    {
        var support = await submissions.SupportAsync(data.SubmissionId, turn.Actor(), turn.ActivityKey(), ct);
        if (!support.IsSuccess)
        {
            return await RefusedAsync(data.SubmissionId, support.Rejection, ct);
        }

        var (view, added) = support.Value;
        await UpdateChannelCardAsync(view, ct);
        return TurnExtensions.CardResponse(SubmissionCards.Channel(view, added ? SubmissionTexts.Supported : SubmissionTexts.AlreadySupported));
    }

    public Task<InvokeResponse> TakeUpAsync(TurnContext turn, SubmissionActionData data, CancellationToken ct) =>
        TriageAsync(turn, data, SubmissionStatus.TakenUp, null, ct);

    public Task<InvokeResponse> DeclineAsync(TurnContext turn, SubmissionActionData data, CancellationToken ct) =>
        TriageAsync(turn, data, SubmissionStatus.Declined, data.Reason, ct);

    public Task<InvokeResponse> AskInfoAsync(TurnContext turn, SubmissionActionData data, CancellationToken ct) =>
        TriageAsync(turn, data, SubmissionStatus.MoreInfoRequested, data.Question, ct);

    private async Task<InvokeResponse> TriageAsync(TurnContext turn, SubmissionActionData data, SubmissionStatus next, string? message, CancellationToken ct)
    {
        var audience = SubmissionAudiences.Parse(data.Audience);
        if (audience is null)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(SubmissionTexts.InvalidAudience);
        }

        var triage = await submissions.TriageAsync(data.SubmissionId, turn.Actor(), next, audience.Value, message, turn.ActivityKey(), ct);
        if (!triage.IsSuccess)
        {
            return await RefusedAsync(data.SubmissionId, triage.Rejection, ct);
        }

        var (view, poll) = triage.Value;
        if (poll is not null)
        {
            await decisions.PostCardAsync(turn, poll.Id, ct);
        }

        await UpdateChannelCardAsync(view, ct);
        await TellSubmitterAsync(view, audience.Value, turn.Activity.GetTenantId(), ct);
        return TurnExtensions.CardResponse(SubmissionCards.Channel(view, SubmissionTexts.StatusChanged(SubmissionTexts.Status(view.Submission.Status))));
    }

    private async Task<InvokeResponse> RefusedAsync(string? id, Rejection rejection, CancellationToken ct) =>
        id is not null && await submissions.FindAsync(id, ct) is { } current
            ? TurnExtensions.CardResponse(SubmissionCards.Channel(current, rejection.Message, noticeIsError: true))
            : AdaptiveCardInvokeResponseFactory.BadRequest(rejection.Message);

    private async Task UpdateChannelCardAsync(SubmissionView view, CancellationToken ct)
    {
        if (view.Submission.Card is { } location)
        {
            await messenger.UpdateCardAsync(location, SubmissionCards.Channel(view), ct);
        }
    }

    // Issue 4: the submitter is told of each step, 1:1. A submitter without a Teams id is logged, the step still stands.
    private async Task TellSubmitterAsync(SubmissionView view, Audience audience, string? tenantId, CancellationToken ct)
    {
        var contact = await directory.FindContactAsync(view.Submission.SubmitterId, ct);
        try
        {
            if (contact is null)
            {
                throw new ProactiveTargetException($"Submitter {view.Submission.SubmitterId} is not in the registry.");
            }

            var chat = await messenger.OpenPersonalChatAsync(contact, tenantId, ct);
            var activity = Activity.CreateMessageActivity(SubmissionTexts.ToSubmitter(view, audience));
            activity.TextFormat = "plain";
            await messenger.SendAsync(chat, activity, ct);
        }
        catch (ProactiveTargetException ex)
        {
            logger.SubmitterNotTold(view.Submission.Id, ex);
        }
    }

    private static bool IsPersonal(TurnContext turn) =>
        string.Equals(turn.Activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
}
