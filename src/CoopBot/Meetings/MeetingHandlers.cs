using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Common;
using CoopBot.Jobs.Contracts;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Meetings;

/// <summary>Thin handlers: parse, call the service, build the card.</summary>
internal sealed partial class MeetingHandlers(
    MeetingService meetings,
    IMembershipDirectory directory,
    ProactiveMessenger messenger,
    IJobScheduler jobs,
    IDecisionLookup decisions,
    IDecisionCreator decisionCreator,
    TimeProvider clock)
{
    /// <summary>"vergadering plannen": the chair or product manager gets the planning form in the stuurgroep channel.</summary>
    public async Task StartPlanningAsync(TurnContext turn, string arguments, CancellationToken ct)
    {
        var channelData = turn.Activity.GetTeamsChannelData();
        var group = await directory.FindByTeamAsync(channelData.Team?.Id, channelData.Channel?.Id, ct);
        if (group is null)
        {
            await turn.SendActivityAsync(MeetingTexts.NotInChannel.Message, ct);
            return;
        }

        if (!await meetings.CanManageAsync(group.Id, turn.Activity.From?.AadObjectId, ct))
        {
            await turn.SendActivityAsync(MeetingTexts.OnlyManagers.Message, ct);
            return;
        }

        var previous = string.IsNullOrWhiteSpace(arguments) ? null : new PlanMeetingData(group.Id, arguments);
        await turn.SendCardAsync(MeetingCards.PlanForm(group.Id, group.Name, DefaultDate(), previous: previous), ct);
    }

    public Task<InvokeResponse> ScheduleAsync(TurnContext turn, PlanMeetingData data, CancellationToken ct) =>
        PlanAsync(turn, data, timePoll: false, ct);

    public Task<InvokeResponse> StartPollAsync(TurnContext turn, PlanMeetingData data, CancellationToken ct) =>
        PlanAsync(turn, data, timePoll: true, ct);

    private async Task<InvokeResponse> PlanAsync(TurnContext turn, PlanMeetingData data, bool timePoll, CancellationToken ct)
    {
        var group = data.SteeringGroupId is null ? null : await directory.FindSteeringGroupAsync(data.SteeringGroupId, ct);
        if (group is null)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(MeetingTexts.NotInChannel.Message);
        }

        InvokeResponse Form(Rejection rejection) => TurnExtensions.CardResponse(MeetingCards.PlanForm(group.Id, group.Name, DefaultDate(), rejection.Message, data));
        var slots = MomentParser.ParseAll(data, meetings.TimeZone);
        if (!slots.IsSuccess || slots.Value.Count == 0)
        {
            return Form(slots.Rejection ?? MeetingTexts.InvalidMoment);
        }

        var by = new MeetingActor(turn.Actor(), turn.ActivityKey());
        var planned = timePoll
            ? await meetings.StartTimePollAsync(group.Id, by, data.Title, slots.Value, ct)
            : await meetings.ScheduleAsync(group.Id, by, data.Title, slots.Value[0], ct);
        if (!planned.IsSuccess)
        {
            return Form(planned.Rejection);
        }

        if (planned.Value.Card is null)
        {
            await PostMeetingCardAsync(turn, planned.Value.Id, ct);
        }

        return TurnExtensions.CardResponse(timePoll
            ? MeetingCards.Confirmation(MeetingTexts.TimePollStartedHeading, MeetingTexts.TimePollStarted)
            : MeetingCards.Confirmation(MeetingTexts.PlannedHeading, MeetingTexts.Planned(MeetingCards.When(planned.Value.Slot!, meetings.TimeZone))));
    }

    // The meeting card goes in the stuurgroep channel as a new thread (the thread collects RSVPs, agenda, verslag and
    // feedback). Where no channel is known (personal chat, emulator) it is posted in the current conversation.
    private async Task PostMeetingCardAsync(TurnContext turn, string meetingId, CancellationToken ct)
    {
        var view = await meetings.GetViewAsync(meetingId, ct) ?? throw new InvalidOperationException("Meeting vanished after creation.");
        var activity = TurnExtensions.CardActivity(MeetingCards.Shared(view));
        var location = await ChannelThreads.PostAsync(turn, activity, turn.Activity.GetTeamsChannelData().Channel?.Id, ct);
        await meetings.AttachCardAsync(meetingId, location, ct);
    }

    private DateOnly DefaultDate() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), meetings.TimeZone).Date).AddDays(30);
}
