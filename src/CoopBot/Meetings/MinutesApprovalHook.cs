using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Decisions;
using CoopBot.Jobs.Contracts;

namespace CoopBot.Meetings;

/// <summary>
/// When the proposal that approves a verslag is counted: approved, the draft becomes the published verslag (the durable
/// verslag job posts and broadcasts it); otherwise the draft is dropped and the chair is told in the meeting thread.
/// </summary>
internal sealed class MinutesApprovalHook(MeetingService meetings, IJobScheduler jobs, ProactiveMessenger messenger, TimeProvider clock) : IDecisionOutcomeHook
{
    public async Task OnFinalizedAsync(DecisionSummary final, CancellationToken ct)
    {
        if (MeetingService.MeetingOfApprovalPoll(final.Id) is not { } meetingId || final.Result is not { } result)
        {
            return;
        }

        if (result.Outcome == DecisionOutcome.Passed)
        {
            await meetings.ApproveDraftMinutesAsync(meetingId, final.Id, ct);

            // Also on a re-run after a crash: the verslag job is idempotent (posted once, broadcast once per conversation).
            if (await meetings.GetViewAsync(meetingId, ct) is { Meeting.Minutes: not null })
            {
                await jobs.ScheduleAsync(MeetingHandlers.MinutesJobType, meetingId, clock.GetUtcNow(), null, ct);
            }
        }
        else if (await meetings.DiscardDraftMinutesAsync(meetingId, final.Id, ct) is { Card: { } thread })
        {
            await messenger.ReplyAsync(thread, MeetingTexts.MinutesNotApproved, ct);
        }
    }
}
