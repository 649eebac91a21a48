using CoopBot.Common;
using CoopBot.Domain.Meetings;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Meetings;

internal sealed partial class MeetingHandlers
{
    public async Task<InvokeResponse> MinutesFormAsync(TurnContext turn, MeetingActionData data, CancellationToken ct)
    {
        var view = string.IsNullOrEmpty(data.MeetingId) ? null : await meetings.GetViewAsync(data.MeetingId, ct);
        if (view is null)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(MeetingTexts.NotFound.Message);
        }

        var refusal = !await meetings.CanManageAsync(view.Meeting.SteeringGroupId, turn.Activity.From?.AadObjectId, ct) ? MeetingTexts.OnlyManagers
            : view.Meeting.Minutes is not null ? MeetingTexts.MinutesPublished
            : view.Meeting.Status == MeetingStatus.Geannuleerd ? MeetingRejections.NotPlanned(view.Meeting.Status)
            : view.Meeting.Slot is null || view.Meeting.Slot.StartsAt > clock.GetUtcNow() ? MeetingTexts.NotHeldYet
            : null;
        return TurnExtensions.CardResponse(refusal is null ? MeetingCards.MinutesForm(view) : MeetingCards.Shared(view, refusal.Message, isError: true));
    }

    /// <summary>Stores the verslag, posts the full version in the meeting thread and queues the public one for all afnemers.</summary>
    public async Task<InvokeResponse> PublishAsync(TurnContext turn, MinutesData data, CancellationToken ct)
    {
        var meetingId = data.MeetingId ?? string.Empty;
        var texts = new Dictionary<int, string?>();
        var links = new Dictionary<int, string?>();
        for (var n = 1; n <= AgendaRules.MaxItems; n++)
        {
            texts[n] = data.Input($"text{n}");
            links[n] = data.Input($"decisions{n}");
        }

        var present = (data.Present ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var published = await meetings.PublishMinutesAsync(meetingId, Actor(turn), new MinutesInput(texts, links, present), ct);
        var view = await meetings.GetViewAsync(meetingId, ct);
        if (view is null)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(MeetingTexts.NotFound.Message);
        }

        if (!published.IsSuccess)
        {
            var canRetry = published.Rejection == MeetingTexts.MinutesText || published.Rejection!.Code.StartsWith("vergadering.onbekend-voorstel", StringComparison.Ordinal);
            return TurnExtensions.CardResponse(canRetry ? MeetingCards.MinutesForm(view, published.Rejection!.Message) : MeetingCards.Shared(view, published.Rejection!.Message, isError: true));
        }

        if (view.Meeting.Card is { } location)
        {
            await threads.ReplyCardAsync(location, MeetingCards.Full(view, isMinutes: true), ct);
            await messenger.UpdateCardAsync(location, MeetingCards.Shared(view), ct);
        }

        await jobs.ScheduleAsync(MinutesJobType, meetingId, clock.GetUtcNow(), null, ct);
        return TurnExtensions.CardResponse(MeetingCards.Shared(view, "Het verslag is gepubliceerd: volledig in dit kanaal, openbaar naar alle afnemers."));
    }

    /// <summary>An afnemer's feedback on a public agenda or verslag reaches the stuurgroep's meeting thread (seed 002).</summary>
    public async Task<InvokeResponse> FeedbackAsync(TurnContext turn, FeedbackData data, CancellationToken ct)
    {
        var view = string.IsNullOrEmpty(data.MeetingId) ? null : await meetings.GetViewAsync(data.MeetingId, ct);
        if (view?.Meeting.Slot is null || view.Meeting.Card is not { } location)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(MeetingTexts.NotFound.Message);
        }

        var isMinutes = view.Meeting.Minutes is not null;
        var publicCard = (string? notice) => TurnExtensions.CardResponse(MeetingCards.Public(PublicMeetingContent.From(view, isMinutes), isMinutes, view.TimeZone, notice));
        var text = data.Feedback?.Trim() ?? string.Empty;
        if (view.Meeting.AgendaPublishedAt is null && !isMinutes)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(MeetingTexts.FeedbackNotOpen.Message);
        }

        if (text.Length is 0 or > MeetingCards.FeedbackMaxLength)
        {
            return publicCard(MeetingTexts.FeedbackText.Message);
        }

        // Keyed on the activity: a redelivered invoke relays the feedback once.
        if (await meetings.TryMarkFeedbackAsync(view.Meeting, turn.ActivityKey(), ct))
        {
            var who = turn.Activity.From?.Name ?? "Een afnemer";
            await messenger.ReplyAsync(location, $"Feedback van {who} op {(isMinutes ? "het verslag" : "de agenda")}: {text}", ct);
        }

        return publicCard("Bedankt! Je feedback is doorgegeven aan de stuurgroep.");
    }
}
