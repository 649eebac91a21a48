using CoopBot.Common;
using CoopBot.Confidentiality.Contracts;
using CoopBot.Decisions.Contracts;
using CoopBot.Decisions;
using CoopBot.Domain.Common;
using CoopBot.Domain.Confidentiality;
using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Confidentiality;

/// <summary>
/// NDA acknowledgements and the checks built on them. The rules (validity, version, term) live in the domain's
/// <see cref="NdaGate"/> and <see cref="NdaAcknowledgement"/>; this service only looks up seats and stored acknowledgements.
/// It is also the decisions engine's visibility and vote gate for confidential items.
/// </summary>
internal sealed class NdaService(NdaStore store, IMembershipDirectory directory, TimeProvider clock) : IDecisionVisibility, IVoteGate, INdaClearance
{
    public IDecisionPlaceholder Placeholder { get; } = new ConfidentialCards();

    public async Task<Result<NdaAcknowledgement>> AcknowledgeAsync(string steeringGroupId, Actor signer, string activityKey, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var seats = await directory.GetSeatsAsync(steeringGroupId, ct);
        var seat = seats.FirstOrDefault(s => string.Equals(s.AadObjectId, signer.AadObjectId, StringComparison.OrdinalIgnoreCase) && TermRules.IsActive(s.Seat, now));
        if (seat is null || signer.AadObjectId is null)
        {
            return ConfidentialityTexts.OnlySeatHolders;
        }

        var signed = NdaAcknowledgement.Sign(seat.Seat with { PersonId = signer.AadObjectId }, NdaDocument.RequirementFor(steeringGroupId), NdaDocument.Version, now);
        if (signed.IsSuccess)
        {
            await store.RecordAsync(signed.Value, signer.Name, activityKey, ct);
        }

        return signed;
    }

    public async Task<bool> CanSeeDetailsAsync(DecisionSummary poll, string? viewerAadObjectId, DateTimeOffset now, CancellationToken ct)
    {
        if (!poll.Confidential)
        {
            return true;
        }

        return viewerAadObjectId is not null && (await ClearanceAsync(poll.SteeringGroupId, viewerAadObjectId, now, ct)).IsSuccess;
    }

    /// <summary>May the person see confidential details of the stuurgroep now? The rejection says what to sign (the tab's NDA status).</summary>
    public async Task<Result<NdaClearance>> ClearanceAsync(string steeringGroupId, string personId, DateTimeOffset now, CancellationToken ct)
    {
        var ndas = await store.FindAsync(steeringGroupId, personId, ct);
        return NdaGate.CanSeeDetails(personId, steeringGroupId, true, ndas, NdaDocument.RequirementFor(steeringGroupId), now);
    }

    public async Task<Rejection?> CheckVoteAsync(DecisionSummary poll, Actor voter, DateTimeOffset now, CancellationToken ct)
    {
        if (!poll.Confidential)
        {
            return null;
        }

        if (voter.AadObjectId is null)
        {
            return ConfidentialityTexts.OnlySeatHolders;
        }

        var ndas = await store.FindAsync(poll.SteeringGroupId, voter.AadObjectId, ct);
        return NdaGate.CanVote(voter.AadObjectId, poll.SteeringGroupId, true, ndas, NdaDocument.RequirementFor(poll.SteeringGroupId), now).Rejection;
    }
}
