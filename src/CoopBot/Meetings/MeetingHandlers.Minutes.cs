using CoopBot.Domain.Decisions;
using CoopBot.Domain.Common;
using CoopBot.Decisions.Contracts;
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
            : meetings.CanTakeMinutes(view.Meeting);
        return TurnExtensions.CardResponse(refusal is null ? MeetingCards.MinutesForm(view) : MeetingCards.Shared(view, refusal.Message, isError: true));
    }

    /// <summary>Stores the verslag; the verslag job posts the full version in the meeting thread and sends the public one to all afnemers.</summary>
    public async Task<InvokeResponse> PublishAsync(TurnContext turn, MinutesData data, CancellationToken ct)
    {
        var meetingId = data.MeetingId ?? string.Empty;
        var published = await meetings.PublishMinutesAsync(meetingId, Actor(turn), ReadMinutes(data), ct);
        if (await meetings.GetViewAsync(meetingId, ct) is not { } view)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(MeetingTexts.NotFound.Message);
        }

        if (!published.IsSuccess)
        {
            return MinutesRefused(view with { MinutesDraft = ReadMinutes(data) }, published.Rejection);
        }

        await jobs.ScheduleAsync(MinutesJobType, meetingId, clock.GetUtcNow(), null, ct);
        return TurnExtensions.CardResponse(MeetingCards.Shared(view, MeetingTexts.MinutesPublishedNotice));
    }

    /// <summary>
    /// Issue 7, optional: the members approve the verslag before it is published. The draft is stored, a proposal from the
    /// decisions engine asks the stuurgroep to approve it (its outcome publishes or drops the draft, see
    /// <see cref="MinutesApprovalHook"/>), and the draft is posted in the meeting thread to read.
    /// </summary>
    public async Task<InvokeResponse> SubmitForApprovalAsync(TurnContext turn, MinutesData data, CancellationToken ct)
    {
        var meetingId = data.MeetingId ?? string.Empty;
        var pollId = MeetingService.ApprovalPollId(meetingId, turn.ActivityKey());
        var stored = await meetings.SubmitMinutesForApprovalAsync(meetingId, Actor(turn), ReadMinutes(data), pollId, ct);
        if (await meetings.GetViewAsync(meetingId, ct) is not { } view)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(MeetingTexts.NotFound.Message);
        }

        if (!stored.IsSuccess)
        {
            return MinutesRefused(view with { MinutesDraft = ReadMinutes(data) }, stored.Rejection);
        }

        // A redelivered activity finds the proposal it created and posts nothing twice.
        if (await decisions.FindAsync(pollId, ct) is null)
        {
            var request = new CreatePollRequest(
                view.Meeting.SteeringGroupId, turn.Actor(), PollKinds.Proposal.Id, MeetingTexts.ApprovalTitle(view), MeetingTexts.ApprovalDescription, [], null, turn.ActivityKey())
            {
                PollId = pollId,
            };
            var created = await decisionCreator.CreateAsync(request, ct);
            if (!created.IsSuccess)
            {
                await meetings.DiscardDraftMinutesAsync(meetingId, pollId, ct);
                return TurnExtensions.CardResponse(MeetingCards.MinutesForm(view, created.Rejection.Message));
            }

            await decisionCreator.PostCardAsync(turn, created.Value.Id, ct);
            if (view.Meeting.Card is { } thread)
            {
                await messenger.ReplyCardAsync(thread, MeetingCards.Full(view, isMinutes: true, draft: true), ct);
            }
        }

        return TurnExtensions.CardResponse(MeetingCards.Shared(view, MeetingTexts.MinutesSubmittedForApproval));
    }

    private static MinutesInput ReadMinutes(MinutesData data)
    {
        var texts = new Dictionary<int, string?>();
        var links = new Dictionary<int, string?>();
        for (var n = 1; n <= AgendaRules.MaxItems; n++)
        {
            texts[n] = data.Input($"text{n}");
            links[n] = data.Input($"decisions{n}");
        }

        var present = (data.Present ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new MinutesInput(texts, links, present);
    }

    // A text too long or an unknown decision link gets the form back to correct; anything else the meeting card.
    private static InvokeResponse MinutesRefused(MeetingView view, Rejection rejection)
    {
        var canRetry = rejection == MeetingTexts.MinutesText || rejection.Code.StartsWith("vergadering.onbekend-voorstel", StringComparison.Ordinal);
        return TurnExtensions.CardResponse(canRetry ? MeetingCards.MinutesForm(view, rejection.Message) : MeetingCards.Shared(view, rejection.Message, isError: true));
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
            var who = turn.Activity.From?.Name ?? MeetingTexts.AnAfnemer;
            await messenger.ReplyAsync(location, MeetingTexts.FeedbackRelayed(who, isMinutes, text), ct);
        }

        return publicCard(MeetingTexts.FeedbackThanks);
    }
}
