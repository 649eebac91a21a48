using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Registry.Contracts;

namespace CoopBot.Decisions;

/// <summary>Who still has to vote, and the reminders: automatic once, or by the chair.</summary>
internal sealed class DecisionReminders(
    DecisionStore store, DecisionPolls polls, IVoterEligibility eligibility, ConsultationAudience consultation, TimeProvider clock)
{
    /// <summary>A reminder to send: the decision and the eligible members who have not voted yet.</summary>
    public sealed record Reminder(PollRecord Poll, IReadOnlyList<MemberSeat> NonVoters)
    {
        /// <summary>Consultations: every representative of an organisation that has not voted (each gets a 1:1 message).</summary>
        public IReadOnlyList<PersonContact> Representatives { get; init; } = [];

        public bool IsEmpty => NonVoters.Count == 0 && Representatives.Count == 0;
    }

    /// <summary>
    /// The one automatic reminder when it is due and not yet sent; null otherwise. Nothing is claimed here: the job sends
    /// through the delivery ledger first and records <see cref="MarkAutomaticReminderSentAsync"/> after, so a failed send
    /// is retried instead of lost (issue 15).
    /// </summary>
    public async Task<Reminder?> AutomaticReminderDueAsync(string pollId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var poll = await polls.GetAsync(pollId, cached: false, ct);
        return poll is not null && ReminderRules.ShouldSendAutomatic(poll.State, poll.CreatedAt, poll.AutoReminderSentAt, now)
            ? await ReminderAsync(poll, now, ct)
            : null;
    }

    /// <summary>Records that the automatic reminder went out (ETag-guarded, audited once).</summary>
    public Task<PollRecord?> MarkAutomaticReminderSentAsync(string pollId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return polls.MutateAsync(pollId, AuditEventTypes.Reminded, "bot", "automatic", poll =>
            poll.AutoReminderSentAt is null ? Result<PollRecord>.Success(poll with { AutoReminderSentAt = now }) : Result<PollRecord>.Fail("no-reminder", "Al verstuurd."), ct);
    }

    /// <summary>A reminder the chair sends by hand; audited, and not counted as the automatic one.</summary>
    public async Task<Result<Reminder>> RemindManuallyAsync(string pollId, Actor actor, string activityKey, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var poll = await polls.GetAsync(pollId, cached: false, ct);
        if (poll is null)
        {
            return DecisionTexts.PollNotFound;
        }

        if (!await eligibility.CanManageDecisionsAsync(poll.SteeringGroupId, actor.AadObjectId, now, ct))
        {
            return DecisionTexts.OnlyManagersMayManage;
        }

        if (poll.State.IsClosedAt(now))
        {
            return DecisionTexts.ReminderAfterClose;
        }

        var reminder = await ReminderAsync(poll, now, ct);
        if (reminder.IsEmpty)
        {
            return DecisionTexts.EveryoneVoted;
        }

        // Audited once per click (insert; 409 = a redelivery). The messages themselves go through the delivery ledger under
        // the same click, so a redelivery after a failed send still sends them, and never twice.
        await store.AppendEventAsync(
            poll.Id, new AuditEvent($"{AuditEventTypes.Reminded}|{activityKey}", AuditEventTypes.Reminded, actor.AadObjectId!, now, null, $"{reminder.NonVoters.Count + reminder.Representatives.Count} personen"), ct);
        return reminder;
    }

    // Stuurgroep decisions: the members without a ballot. Consultations: the representatives of organisations without one.
    private async Task<Reminder> ReminderAsync(PollRecord poll, DateTimeOffset now, CancellationToken ct)
    {
        var voted = (await store.GetBallotsAsync(poll, ct)).Select(b => b.VoterId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (poll.IsConsultation)
        {
            var waiting = (await consultation.CooperantsAsync(poll.SteeringGroupId, ct)).Where(o => !voted.Contains(o.Id));
            return new Reminder(poll, []) { Representatives = await consultation.RepresentativesAsync(waiting, ct) };
        }

        var eligible = await eligibility.GetEligibleVotersAsync(poll.SteeringGroupId, now, ct);
        return new Reminder(poll, eligible.Where(v => !voted.Contains(v.AadObjectId)).ToList());
    }
}
