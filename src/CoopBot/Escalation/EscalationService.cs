using CoopBot.Budget.Contracts;
using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Budget;
using CoopBot.Domain.Common;
using CoopBot.Domain.Escalation;
using CoopBot.Jobs.Contracts;
using Microsoft.Extensions.Options;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Escalation;

/// <summary>What the confirmation step shows before the vote opens: the parsed amount, its tier and the budget check.</summary>
public sealed record ProposalPreview(Money Amount, CommitmentKind Kind, EscalationTier Tier, int Year, BudgetStatus Budget, BudgetCheckResult? Check);

/// <summary>
/// Orchestrates the escalation rules (domain <see cref="EscalationMachine"/>), the registry's bodies and storage.
/// Every change is ETag-guarded and written with one audit event keyed by the causing activity. Never builds cards.
/// </summary>
internal sealed partial class EscalationService(
    EscalationStore store, EscalationTransitions transitions, IBudgets budgets, IJobScheduler jobs, TimeProvider clock, IOptions<EscalationOptions> options)
{
    public const string RequestJobType = "escalation.request";
    public const string FollowUpJobType = "escalation.followup";
    private const string System = "bot";

    public Task<(EscalationRecord Record, Azure.ETag ETag)?> FindAsync(string pollId, CancellationToken ct) => store.GetAsync(pollId, ct);

    public Task<IReadOnlyList<EscalationEvent>> GetHistoryAsync(string pollId, CancellationToken ct) => store.GetHistoryAsync(pollId, ct);

    public async Task<Result<ProposalPreview>> PreviewAsync(string steeringGroupId, string? amountText, string? kindText, CancellationToken ct)
    {
        var amount = AmountParser.Parse(amountText);
        if (!amount.IsSuccess)
        {
            return amount.Rejection;
        }

        // The form always sends a kind; without one (an older card) the default of the form applies.
        var kind = CommitmentKind.FinancieleVerbintenis;
        if (!string.IsNullOrEmpty(kindText) && (!Enum.TryParse(kindText, ignoreCase: false, out kind) || !Enum.IsDefined(kind)))
        {
            return EscalationTexts.KindRequired;
        }

        var year = budgets.YearOf(clock.GetUtcNow());
        var status = await budgets.GetStatusAsync(steeringGroupId, year, ct);
        var check = status.Remaining is { } remaining ? BudgetCheck.Check(amount.Value, remaining) : null;
        return new ProposalPreview(amount.Value, kind, options.Value.Thresholds().TierFor(amount.Value), year, status, check);
    }

    /// <summary>
    /// Records the proposal in Concept before its vote opens, with the chair's budget acknowledgement when the amount exceeds
    /// what remains. Refused (nothing written) while an overrun is not acknowledged.
    /// </summary>
    public async Task<Result<EscalationRecord>> DraftAsync(
        string pollId, string steeringGroupId, ProposalPreview preview, bool confidential, bool budgetAcknowledged, Actor chair, string activityKey, CancellationToken ct)
    {
        if (preview.Check is { } check && BudgetCheck.CanOpenVote(check, budgetAcknowledged).Rejection is { } overrun)
        {
            return overrun;
        }

        var now = clock.GetUtcNow();
        var state = EscalationState.Draft(pollId, preview.Kind, preview.Amount, options.Value.Thresholds());
        if (!state.IsSuccess)
        {
            return state.Rejection;
        }

        var acknowledged = preview.Check is { Exceeds: true };
        var budget = preview.Check is { } c && preview.Budget.Budget is { } sub
            ? new BudgetNote(sub.Amount.Cents, c.Remaining.Cents, c.Shortfall.Cents, acknowledged ? chair.AadObjectId : null, acknowledged ? chair.Name : null, acknowledged ? now : null)
            : null;
        var record = new EscalationRecord(state.Value, steeringGroupId, preview.Year, confidential, budget, []);
        List<EscalationEvent> events = [new($"{activityKey}|1|{EscalationEventTypes.Concept}", EscalationEventTypes.Concept, chair.AadObjectId!, chair.Name, now, null, EscalationStatus.Concept, null, null)];
        if (acknowledged)
        {
            events.Add(new($"{activityKey}|2|{EscalationEventTypes.BudgetAcknowledged}", EscalationEventTypes.BudgetAcknowledged, chair.AadObjectId!, chair.Name, now, null, null, null,
                EscalationTexts.OverrunAcknowledged(preview.Year, preview.Check!.Shortfall.ToStringExclVat())));
        }

        await store.CreateAsync(record, events, ct);
        return record;
    }

    /// <summary>Concept → Stemming, once the poll exists.</summary>
    public Task<Result<EscalationRecord>> OpenAsync(string pollId, Actor chair, string activityKey, CancellationToken ct) =>
        transitions.TransitionAsync(pollId, $"{activityKey}|{EscalationEventTypes.VoteOpened}", EscalationEventTypes.VoteOpened, chair.Name,
            (record, now) => EscalationMachine.OpenVote(record.State, chair.AadObjectId ?? System, now), null, ct);

    /// <summary>
    /// The counted vote of the stuurgroep: Verworpen, Definitief (within the mandate) or waiting for the bodies, in which
    /// case the confirmation requests and the follow-up are scheduled as durable jobs.
    /// </summary>
    public async Task<EscalationRecord?> RecordVoteAsync(DecisionSummary final, CancellationToken ct)
    {
        if (final.Result is not { } result || await store.GetAsync(final.Id, ct) is not { } found)
        {
            return null;
        }

        if (found.Record.State.Status == EscalationStatus.Concept)
        {
            // The "vote opened" step was lost (a crash right after the poll was created): the poll did open, so record it.
            await transitions.TransitionAsync(final.Id, $"{final.Id}|{EscalationEventTypes.VoteOpened}", EscalationEventTypes.VoteOpened, System,
                (record, now) => EscalationMachine.OpenVote(record.State, System, final.CreatedAt), null, ct);
        }

        var approved = result.Outcome == Domain.Decisions.DecisionOutcome.Passed;
        var recorded = await transitions.TransitionAsync(final.Id, $"{final.Id}|{EscalationEventTypes.VoteRecorded}|{result.FinalizedAt.UtcTicks}", EscalationEventTypes.VoteRecorded, System,
            (record, now) => EscalationMachine.RecordVote(record.State, approved, System, result.FinalizedAt), null, ct);
        var current = recorded.Value ?? (await store.GetAsync(final.Id, ct))?.Record;
        if (current?.State is { Status: EscalationStatus.GoedgekeurdWachtOpBevestiging, PendingSince: { } since })
        {
            await jobs.ScheduleAsync(RequestJobType, final.Id, clock.GetUtcNow(), null, ct);
            await jobs.ScheduleAsync(FollowUpJobType, final.Id, since.AddDays(options.Value.ReminderAfterDays), null, ct);
        }

        return current;
    }

    /// <summary>A member of a required body confirms on its behalf; the last confirmation makes the decision Definitief.</summary>
    public Task<Result<EscalationRecord>> ConfirmAsync(string pollId, ConfirmingBody body, BodyActor actor, string activityKey, CancellationToken ct) =>
        transitions.TransitionAsync(pollId, $"{activityKey}|{EscalationEventTypes.Confirmed}", EscalationEventTypes.Confirmed, actor.Name,
            (record, now) => EscalationMachine.Confirm(record.State, body, actor.ToDomain(body), now),
            (record, step) => record with { BodyDecisions = [.. record.BodyDecisions, new BodyDecision(body, actor.AadObjectId, actor.Name, step.Transition.At, true, null)] },
            ct);

    /// <summary>A member of a required body refuses, with a reason: the decision is Geweigerd.</summary>
    public Task<Result<EscalationRecord>> RefuseAsync(string pollId, ConfirmingBody body, BodyActor actor, string? reason, string activityKey, CancellationToken ct) =>
        transitions.TransitionAsync(pollId, $"{activityKey}|{EscalationEventTypes.Refused}", EscalationEventTypes.Refused, actor.Name,
            (record, now) => EscalationMachine.Refuse(record.State, body, actor.ToDomain(body), now, reason),
            (record, step) => record with { BodyDecisions = [.. record.BodyDecisions, new BodyDecision(body, actor.AadObjectId, actor.Name, step.Transition.At, false, step.State.RefusalReason)] },
            ct);
}

/// <summary>
/// The person acting on behalf of a body, with their membership of it looked up in the registry and whether they
/// started or chaired the decision (domain <see cref="FourEyesRule"/>).
/// </summary>
public sealed record BodyActor(string AadObjectId, string Name, bool IsMember, bool StartedOrChaired = false)
{
    public EscalationActor ToDomain(ConfirmingBody body) =>
        new(AadObjectId, IsMember ? new HashSet<ConfirmingBody> { body } : new HashSet<ConfirmingBody>(), StartedOrChaired);
}
