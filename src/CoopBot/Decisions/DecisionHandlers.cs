using System.Globalization;
using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;
using CoopBot.Registry;

namespace CoopBot.Decisions;

/// <summary>Thin handlers: parse, call the service, build the card.</summary>
internal sealed class DecisionHandlers(
    DecisionService decisions, IMembershipDirectory directory, IVoterEligibility eligibility, SharedCardUpdater cards, TimeProvider clock)
{
    /// <summary>"stemming": the chair gets the creation form in the stuurgroep channel.</summary>
    public async Task StartPollAsync(TurnContext turn, string arguments, CancellationToken ct)
    {
        var channelData = turn.Activity.GetTeamsChannelData();
        var group = await directory.FindByTeamAsync(channelData.Team?.Id, channelData.Channel?.Id, ct);
        if (group is null)
        {
            await turn.SendActivityAsync(DecisionTexts.NotInSteeringGroupChannel.Message, ct);
            return;
        }

        if (!await eligibility.CanManageDecisionsAsync(group.Id, turn.Activity.From?.AadObjectId, clock.GetUtcNow(), ct))
        {
            await turn.SendActivityAsync(DecisionTexts.OnlyManagersMayCreate.Message, ct);
            return;
        }

        var defaultDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), decisions.TimeZone).Date).AddDays(3);
        var form = DecisionCards.CreateForm(group.Id, group.Name, defaultDate, previous: string.IsNullOrWhiteSpace(arguments) ? null : EmptyForm with { Title = arguments });
        await turn.SendCardAsync(form, ct);
    }

    public async Task<InvokeResponse> CreateAsync(TurnContext turn, CreatePollData data, CancellationToken ct)
    {
        var group = data.SteeringGroupId is null ? null : await directory.FindSteeringGroupAsync(data.SteeringGroupId, ct);
        if (group is null)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(DecisionTexts.NotInSteeringGroupChannel.Message);
        }

        var formDate = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(3);
        if (!TryParseClosing(data, out var closesAt))
        {
            return TurnExtensions.CardResponse(DecisionCards.CreateForm(group.Id, group.Name, formDate, DecisionTexts.InvalidClosingTime.Message, data));
        }

        var request = new CreatePollRequest(group.Id, turn.Actor(), PollKinds.SingleChoice.Id, data.Title, null, data.Options, closesAt, turn.ActivityKey());
        var created = await decisions.CreateAsync(request, ct);
        if (!created.IsSuccess)
        {
            return TurnExtensions.CardResponse(DecisionCards.CreateForm(group.Id, group.Name, formDate, created.Rejection!.Message, data));
        }

        await PostPollCardAsync(turn, created.Value!, ct);
        return TurnExtensions.CardResponse(DecisionCards.Created(created.Value!, decisions.TimeZone));
    }

    public async Task<InvokeResponse> VoteAsync(TurnContext turn, PollActionData data, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(data.PollId))
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(DecisionTexts.PollNotFound.Message);
        }

        var choice = (data.Choice ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var vote = await decisions.VoteAsync(new VoteRequest(data.PollId, turn.Actor(), choice, data.Reason, turn.ActivityKey()), ct);
        if (vote.IsSuccess)
        {
            cards.Request(data.PollId);
        }

        return await ViewerResponseAsync(turn, data.PollId, vote.IsSuccess ? "Je stem is geteld. Je kan ze wijzigen tot de stemming sluit." : null, vote.Rejection, ct);
    }

    public Task<InvokeResponse> RefreshAsync(TurnContext turn, PollActionData data, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(data.PollId)
            ? Task.FromResult(AdaptiveCardInvokeResponseFactory.BadRequest(DecisionTexts.PollNotFound.Message))
            : ViewerResponseAsync(turn, data.PollId, null, null, ct);

    public async Task<InvokeResponse> CloseAsync(TurnContext turn, PollActionData data, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(data.PollId))
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(DecisionTexts.PollNotFound.Message);
        }

        var closed = await decisions.CloseAsync(data.PollId, turn.Actor(), turn.ActivityKey(), ct);
        if (closed.IsSuccess)
        {
            cards.Request(data.PollId);
        }

        return await ViewerResponseAsync(turn, data.PollId, closed.IsSuccess ? DecisionTexts.ClosedCounting : null, closed.Rejection, ct);
    }

    private async Task<InvokeResponse> ViewerResponseAsync(TurnContext turn, string pollId, string? notice, Rejection? rejection, CancellationToken ct)
    {
        var view = await decisions.GetViewAsync(pollId, turn.Actor(), ct);
        if (view is null)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(DecisionTexts.PollNotFound.Message);
        }

        var card = view.Poll.Result is not null && rejection is null ? DecisionCards.Result(view) : DecisionCards.ForViewer(view, rejection?.Message ?? notice, rejection is not null);
        return TurnExtensions.CardResponse(card);
    }

    // Issue 4: the decision card goes in the stuurgroep channel as a new thread. Where the channel cannot start a
    // thread (personal or group chat, or an emulator without it), it is posted in the current conversation.
    private async Task PostPollCardAsync(TurnContext turn, PollRecord poll, CancellationToken ct)
    {
        var view = await decisions.GetViewAsync(poll.Id, turn.Actor(), ct) ?? throw new InvalidOperationException("Poll vanished after creation.");
        var activity = TurnExtensions.CardActivity(DecisionCards.Shared(view));
        var channelId = turn.Activity.GetTeamsChannelData().Channel?.Id;
        var tenantId = turn.Activity.GetTenantId();
        CardLocation location;
        if (channelId is not null)
        {
            var thread = await turn.Connector.CreateConversationAsync(
                new ConversationParameters { IsGroup = true, ChannelData = new { channel = new { id = channelId } }, TenantId = tenantId, Activity = activity, Bot = turn.Activity.Recipient }, ct);
            location = new CardLocation(turn.Activity.ServiceUrl!, thread.Id!, thread.ActivityId ?? MessageIdOf(thread.Id!), channelId, tenantId);
        }
        else
        {
            var sent = await turn.SendActivityAsync(activity, ct);
            location = new CardLocation(turn.Activity.ServiceUrl!, turn.Activity.Conversation!.Id!, sent.Id!, null, tenantId);
        }

        await decisions.AttachCardAsync(poll.Id, location, ct);
    }

    private static string MessageIdOf(string threadId) =>
        threadId.Split(";messageid=", 2) is [_, var id] ? id : threadId;

    private bool TryParseClosing(CreatePollData data, out DateTimeOffset closesAt)
    {
        closesAt = default;
        if (!DateOnly.TryParseExact(data.ClosesDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !TimeOnly.TryParseExact(data.ClosesTime, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return false;
        }

        closesAt = DutchFormat.ToUtc(date, time, decisions.TimeZone);
        return true;
    }

    private static readonly CreatePollData EmptyForm = new(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
}
