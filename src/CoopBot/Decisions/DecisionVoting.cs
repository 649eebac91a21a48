using Azure;
using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Decisions.Contracts;
using CoopBot.Registry.Contracts;
using Microsoft.Extensions.Options;

namespace CoopBot.Decisions;

/// <summary>
/// Casting a ballot (stuurgroep member or, in a consultation, an organisation, possibly by proxy) within the vote's write
/// deadline, and registering a proxy. Never builds cards.
/// </summary>
internal sealed class DecisionVoting(
    DecisionStore store,
    DecisionPolls polls,
    IVoterEligibility eligibility,
    ConsultationAudience consultation,
    IEnumerable<IVoteGate> voteGates,
    TimeProvider clock,
    IOptions<DecisionsOptions> options)
{
    public async Task<Result<VoteReceipt>> VoteAsync(VoteRequest request, CancellationToken ct)
    {
        // The checks between seeing the poll open and the write get their own deadline too (a storage that stalls): a
        // ballot then lands within twice VoteWriteTimeout of the moment the vote saw the poll open, inside the close grace
        // period, and the voter hears "not confirmed" in time instead of Teams' timeout.
        using var checks = CancellationTokenSource.CreateLinkedTokenSource(ct);
        checks.CancelAfter(options.Value.VoteWriteTimeout);
        Result<PreparedBallot> prepared;
        try
        {
            prepared = await PrepareBallotAsync(request, checks.Token);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && checks.IsCancellationRequested && ex is OperationCanceledException or RequestFailedException)
        {
            return DecisionTexts.VoteNotConfirmed; // nothing was written yet
        }

        return prepared.IsSuccess
            ? await WriteBallotAsync(prepared.Value!.Poll, prepared.Value.Ballot, prepared.Value.Event, ct)
            : prepared.Rejection!;
    }

    private sealed record PreparedBallot(PollRecord Poll, BallotRecord Ballot, AuditEvent Event);

    private async Task<Result<PreparedBallot>> PrepareBallotAsync(VoteRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var poll = await polls.GetAsync(request.PollId, cached: true, ct);
        if (poll is not null && VotingRules.CanCastVote(poll.State, now) is not null)
        {
            // A cached "closed" may be stale after an extension or reopen on another instance: only refuse on fresh data.
            poll = await polls.GetAsync(request.PollId, cached: false, ct);
        }

        if (poll is null)
        {
            return DecisionTexts.PollNotFound;
        }

        if (VotingRules.CanCastVote(poll.State, now) is { } closed)
        {
            return closed;
        }

        var voter = await CheckVoterAsync(poll, request, now, ct);
        if (!voter.IsSuccess)
        {
            return voter.Rejection;
        }

        foreach (var gate in voteGates)
        {
            if (await gate.CheckVoteAsync(poll.ToSummary(), request.Voter, now, ct) is { } refused)
            {
                return refused;
            }
        }

        var choice = BallotRules.Validate(poll.Definition, request.OptionIds, request.Reason);
        if (!choice.IsSuccess)
        {
            return choice.Rejection;
        }

        var (ballotId, ballotName, castBy, byProxy) = voter.Value;
        var ballot = new BallotRecord(ballotId, ballotName, choice.Value.OptionIds, choice.Value.Reason, now) { CastById = castBy.AadObjectId, CastByName = castBy.Name, ByProxy = byProxy };
        var anonymous = poll.Definition.Settings.Anonymous;

        // For a consultation the actor is the person who cast it and Before names the organisation whose ballot it is.
        var evt = new AuditEvent(
            request.ActivityKey, AuditEventTypes.Vote, castBy.AadObjectId, now, poll.IsConsultation ? ballotId : null,
            anonymous ? null : string.Join(',', ballot.OptionIds), anonymous ? null : ballot.Reason);
        return new PreparedBallot(poll, ballot, evt);
    }

    private async Task<Result<BallotVoter>> CheckVoterAsync(PollRecord poll, VoteRequest request, DateTimeOffset now, CancellationToken ct)
    {
        if (poll.IsConsultation)
        {
            var proxies = await store.GetProxiesAsync(poll.Id, ct);
            return await consultation.CheckVoterAsync(poll.Id, poll.SteeringGroupId, request.Voter.AadObjectId, request.OnBehalfOf, proxies, ct);
        }

        var seat = await eligibility.CheckVoterAsync(poll.SteeringGroupId, request.Voter.AadObjectId, now, ct);
        return seat.IsSuccess
            ? new BallotVoter(seat.Value.AadObjectId, request.Voter.Name, new Domain.Registry.Person(seat.Value.AadObjectId, request.Voter.Name, string.Empty, seat.Value.Seat.OrganisationId), false)
            : seat.Rejection;
    }

    // The write has a hard deadline so that every vote which saw the poll open lands before counting starts
    // (see DecisionsOptions.CloseGracePeriod). If the outcome is unknown we read the ballot back instead of guessing.
    private async Task<Result<VoteReceipt>> WriteBallotAsync(PollRecord poll, BallotRecord ballot, AuditEvent evt, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.Value.VoteWriteTimeout);
        try
        {
            var write = await store.CastBallotAsync(poll, ballot, evt, deadline.Token);
            if (write == BallotWrite.AlreadyRecorded)
            {
                // A redelivery of an earlier click: the voter may have changed the ballot since, so answer with what is stored.
                return new VoteReceipt(poll, await store.GetBallotAsync(poll, ballot.VoterId, ct) ?? ballot, true);
            }

            return new VoteReceipt(poll, ballot, false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The read-back is bounded as well: a storage that does not answer at all gets "not confirmed" in time.
            using var readBack = CancellationTokenSource.CreateLinkedTokenSource(ct);
            readBack.CancelAfter(options.Value.VoteWriteTimeout);
            try
            {
                var stored = await store.GetBallotAsync(poll, ballot.VoterId, readBack.Token);
                return stored is not null && stored.CastAt == ballot.CastAt
                    ? new VoteReceipt(poll, stored, false)
                    : DecisionTexts.VoteNotConfirmed;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && ex is OperationCanceledException or RequestFailedException)
            {
                return DecisionTexts.VoteNotConfirmed;
            }
        }
    }

    /// <summary>
    /// A representative gives their organisation's ballot in this one consultation to a representative of another
    /// organisation. Stored with its audit event in one batch; a second proxy for the same organisation is refused.
    /// </summary>
    public async Task<Result<ProxyRecord>> RegisterProxyAsync(string pollId, Actor actor, string? proxyPersonId, string activityKey, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var poll = await polls.GetAsync(pollId, cached: false, ct);
        if (poll is null || !poll.IsConsultation)
        {
            return DecisionTexts.PollNotFound;
        }

        if (VotingRules.CanCastVote(poll.State, now) is { } closed)
        {
            return closed;
        }

        var existing = await store.GetProxiesAsync(poll.Id, ct);
        var proxy = await consultation.DefineProxyAsync(poll.Id, poll.SteeringGroupId, actor.AadObjectId, proxyPersonId, existing, now, ct);
        if (!proxy.IsSuccess)
        {
            return proxy;
        }

        var registration = proxy.Value.Registration;
        var evt = new AuditEvent(
            $"{AuditEventTypes.Proxy}|{activityKey}", AuditEventTypes.Proxy, registration.RegisteredBy, now, registration.GrantingOrganisationId, registration.ProxyPersonId);
        if (await store.AddProxyAsync(proxy.Value, evt, ct))
        {
            return proxy;
        }

        // Either this click was already handled, or a colleague registered one at the same time: report what is stored.
        var stored = (await store.GetProxiesAsync(poll.Id, ct)).FirstOrDefault(p => p.Registration.GrantingOrganisationId == registration.GrantingOrganisationId);
        return stored is not null && stored.Registration.ProxyPersonId == registration.ProxyPersonId
            ? stored
            : DecisionTexts.ProxyExists(proxy.Value.GrantingName);
    }
}
