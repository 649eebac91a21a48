using CoopBot.Domain.Amounts;
using CoopBot.Domain.Common;

namespace CoopBot.Domain.Escalation;

/// <summary>The escalation state of one proposal with an amount (excl. btw). Change it only through <see cref="EscalationMachine"/>.</summary>
/// <param name="ProposalId">The proposal this state belongs to.</param>
/// <param name="Kind">Financial commitment or order.</param>
/// <param name="Amount">The amount, excl. btw.</param>
/// <param name="Tier">The tier <see cref="EscalationThresholds.TierFor"/> gave for the amount.</param>
/// <param name="Status">The current status.</param>
/// <param name="Confirmed">The bodies that confirmed so far.</param>
/// <param name="PendingSince">When the stuurgroep approved and confirmation started; drives the reminder.</param>
/// <param name="RefusedBy">The body that refused, when <see cref="EscalationStatus.Geweigerd"/>.</param>
/// <param name="RefusalReason">Its reason, when refused.</param>
public sealed record EscalationState(
    string ProposalId,
    CommitmentKind Kind,
    Money Amount,
    EscalationTier Tier,
    EscalationStatus Status,
    IReadOnlySet<ConfirmingBody> Confirmed,
    DateTimeOffset? PendingSince,
    ConfirmingBody? RefusedBy,
    string? RefusalReason)
{
    /// <summary>The bodies that must confirm, from <see cref="EscalationPolicy"/>.</summary>
    public IReadOnlySet<ConfirmingBody> Required => EscalationPolicy.RequiredConfirmations(Tier);

    /// <summary>The required bodies that have not confirmed yet, in enum order.</summary>
    public IReadOnlyList<ConfirmingBody> Pending => Required.Except(Confirmed).Order().ToList();

    /// <summary>A new proposal in <see cref="EscalationStatus.Concept"/>, its tier fixed by the thresholds in force.</summary>
    public static Result<EscalationState> Draft(string proposalId, CommitmentKind kind, Money amount, EscalationThresholds thresholds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(proposalId);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (amount <= Money.Zero)
        {
            return EscalationRejections.InvalidAmount;
        }

        var tier = thresholds.TierFor(amount);
        return Result<EscalationState>.Success(
            new(proposalId, kind, amount, tier, EscalationStatus.Concept, new HashSet<ConfirmingBody>(), null, null, null));
    }
}
