using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Domain.Meetings;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Meetings;

internal sealed partial class MeetingHandlers
{
    public const string MinutesJobType = "meetings.minutes";

    public async Task<InvokeResponse> AnswerAsync(TurnContext turn, SlotAnswersData data, CancellationToken ct)
    {
        var answers = new Dictionary<string, Availability>(StringComparer.Ordinal);
        foreach (var (name, _) in data.Inputs ?? [])
        {
            if (name.StartsWith("slot", StringComparison.Ordinal) && Enum.TryParse<Availability>(data.Input(name), out var availability) && Enum.IsDefined(availability))
            {
                answers[name["slot".Length..]] = availability;
            }
        }

        var result = await meetings.AnswerSlotsAsync(data.MeetingId ?? string.Empty, Actor(turn), answers, ct);
        return await RespondAsync(data.MeetingId, result, MeetingTexts.AnswersSaved, ct);
    }

    public async Task<InvokeResponse> PickAsync(TurnContext turn, MeetingActionData data, CancellationToken ct) =>
        await RespondAsync(data.MeetingId, await meetings.PickSlotAsync(data.MeetingId ?? string.Empty, Actor(turn), data.Pick ?? string.Empty, ct),
            MeetingTexts.MomentFixed, ct);

    public async Task<InvokeResponse> RsvpAsync(TurnContext turn, MeetingActionData data, CancellationToken ct)
    {
        if (!Enum.TryParse<Rsvp>(data.Answer, out var answer) || !Enum.IsDefined(answer))
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(Hosting.Routing.RoutingTexts.MalformedAction);
        }

        var result = await meetings.RsvpAsync(data.MeetingId ?? string.Empty, Actor(turn), answer, ct);
        return await RespondAsync(data.MeetingId, result, answer == Rsvp.Aanwezig ? MeetingTexts.NotedPresent : MeetingTexts.NotedAbsent, ct);
    }

    public async Task<InvokeResponse> RescheduleAsync(TurnContext turn, RescheduleData data, CancellationToken ct)
    {
        var moment = MomentParser.Parse(data, 1, meetings.TimeZone) ?? MeetingTexts.InvalidMoment;
        var result = moment.IsSuccess
            ? await meetings.RescheduleAsync(data.MeetingId ?? string.Empty, Actor(turn), moment.Value, ct)
            : moment.Rejection;
        return await RespondAsync(data.MeetingId, result, MeetingTexts.Rescheduled, ct);
    }

    public async Task<InvokeResponse> CancelAsync(TurnContext turn, MeetingActionData data, CancellationToken ct) =>
        await RespondAsync(data.MeetingId, await meetings.CancelAsync(data.MeetingId ?? string.Empty, Actor(turn), ct), MeetingTexts.Cancelled, ct);

    public async Task<InvokeResponse> AddItemAsync(TurnContext turn, AgendaItemData data, CancellationToken ct)
    {
        int? minutes = double.TryParse(data.ItemMinutes, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var m) && m == Math.Floor(m) && m is >= int.MinValue and <= int.MaxValue
            ? (int)m
            : null;
        var input = new AgendaItemInput(data.ItemTitle, data.ItemPresenter, minutes, data.ItemConfidential == "true", data.ItemDecisions, data.ItemAmount);
        var result = await meetings.AddAgendaItemAsync(data.MeetingId ?? string.Empty, Actor(turn), input, ct);
        return await RespondAsync(data.MeetingId, result, MeetingTexts.ItemAdded, ct, result.IsSuccess ? null : input);
    }

    /// <summary>Answers an action with the shared card (updated in the channel too on success), or the card with the refusal.</summary>
    private async Task<InvokeResponse> RespondAsync(string? meetingId, Result<MeetingRecord> result, string? notice, CancellationToken ct, AgendaItemInput? agendaDraft = null)
    {
        var view = string.IsNullOrEmpty(meetingId) ? null : await meetings.GetViewAsync(meetingId, ct) is { } found ? found with { AgendaDraft = agendaDraft } : null;
        if (view is null)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(MeetingTexts.NotFound.Message);
        }

        if (result.IsSuccess && view.Meeting.Card is { } location)
        {
            await messenger.UpdateCardAsync(location, MeetingCards.Shared(view), ct);
        }

        return TurnExtensions.CardResponse(MeetingCards.Shared(view, result.Rejection?.Message ?? notice, isError: !result.IsSuccess));
    }

    private static MeetingActor Actor(TurnContext turn) => new(turn.Actor(), turn.ActivityKey());
}
