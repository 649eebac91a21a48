using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Jobs;
using CoopBot.Registry;
using CoopBot.Storage;
using Microsoft.Extensions.Options;

namespace CoopBot.Decisions;

/// <summary>Orchestrates the decision rules (domain), eligibility (registry) and storage. Never builds cards.</summary>
internal sealed partial class DecisionService(
    DecisionStore store,
    IVoterEligibility eligibility,
    JobScheduler jobs,
    TimeProvider clock,
    IOptions<DecisionsOptions> options)
{
    public const string FinalizeJobType = "decisions.finalize";
    private const int MaxConcurrencyRetries = 5;

    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public async Task<Result<PollRecord>> CreateAsync(CreatePollRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!await eligibility.CanManageDecisionsAsync(request.SteeringGroupId, request.Creator.AadObjectId, now, ct))
        {
            return DecisionTexts.OnlyManagersMayCreate;
        }

        if (PollKinds.Find(request.KindId) is not { } kind)
        {
            return Result<PollRecord>.Fail("unknown-kind", "Dit soort beslissing kennen we niet.");
        }

        var definition = PollDefinition.Create(kind, request.Title, request.Description, request.OptionLabels, PollSettings.Default);
        if (!definition.IsSuccess)
        {
            return Result<PollRecord>.Fail(definition.Rejection!);
        }

        var state = PollLifecycle.Open(request.ClosesAt, now);
        if (!state.IsSuccess)
        {
            return Result<PollRecord>.Fail(state.Rejection!);
        }

        var poll = new PollRecord(
            NewPollId(), request.SteeringGroupId, definition.Value!, state.Value!, request.Creator.AadObjectId!, request.Creator.Name, now, null, null);
        await store.CreateAsync(poll, new AuditEvent(request.ActivityKey, "created", request.Creator.AadObjectId!, now, null, poll.Definition.Title), ct);
        await jobs.ScheduleAsync(FinalizeJobType, poll.Id, poll.State.ClosesAt + options.Value.CloseGracePeriod, poll.Id, ct);
        return poll;
    }

    /// <summary>Records where the card was posted, so later updates (other instances, background jobs) can find it.</summary>
    public Task<PollRecord?> AttachCardAsync(string pollId, CardLocation card, CancellationToken ct) =>
        MutateAsync(pollId, "card-posted", "bot", card.ActivityId, poll => Result<PollRecord>.Success(poll with { Card = card }), ct);

    public async Task<Result<VoteReceipt>> VoteAsync(VoteRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await store.GetAsync(request.PollId, ct) is not { } found)
        {
            return DecisionTexts.PollNotFound;
        }

        var poll = found.Poll;

        if (VotingRules.CanCastVote(poll.State, now) is { } closed)
        {
            return closed;
        }

        var seat = await eligibility.CheckVoterAsync(poll.SteeringGroupId, request.Voter.AadObjectId, now, ct);
        if (!seat.IsSuccess)
        {
            return seat.Rejection!;
        }

        var choice = BallotRules.Validate(poll.Definition, request.OptionIds, request.Reason);
        if (!choice.IsSuccess)
        {
            return choice.Rejection!;
        }

        var ballot = new BallotRecord(seat.Value!.AadObjectId, request.Voter.Name, choice.Value!.OptionIds, choice.Value.Reason, now);
        var evt = new AuditEvent(request.ActivityKey, "vote", ballot.VoterId, now, null, string.Join(',', ballot.OptionIds));
        return await WriteBallotAsync(poll, ballot, evt, ct);
    }

    // The write has a hard deadline so that every vote which saw the poll open lands before counting starts
    // (see DecisionsOptions.CloseGracePeriod). If the outcome is unknown we read the ballot back instead of guessing.
    private async Task<Result<VoteReceipt>> WriteBallotAsync(PollRecord poll, BallotRecord ballot, AuditEvent evt, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.Value.VoteWriteTimeout);
        try
        {
            var write = await store.CastBallotAsync(poll.Id, ballot, evt, deadline.Token);
            return new VoteReceipt(poll, ballot, write == BallotWrite.AlreadyRecorded);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            var stored = await store.GetBallotAsync(poll.Id, ballot.VoterId, ct);
            return stored is not null && stored.CastAt == ballot.CastAt
                ? new VoteReceipt(poll, stored, false)
                : DecisionTexts.VoteNotConfirmed;
        }
    }

    public async Task<Result<PollRecord>> CloseAsync(string pollId, Actor actor, string activityKey, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (await store.GetAsync(pollId, ct) is not { } found)
        {
            return DecisionTexts.PollNotFound;
        }

        if (!await eligibility.CanManageDecisionsAsync(found.Poll.SteeringGroupId, actor.AadObjectId, now, ct))
        {
            return DecisionTexts.OnlyManagersMayClose;
        }

        Rejection? rejection = null;
        var closed = await MutateAsync(pollId, "closed", actor.AadObjectId ?? actor.Name, activityKey, poll =>
        {
            var next = PollLifecycle.Close(poll.State, now);
            rejection = next.Rejection;
            return next.IsSuccess ? Result<PollRecord>.Success(poll with { State = next.Value! }) : Result<PollRecord>.Fail(next.Rejection!);
        }, ct);
        if (closed is null)
        {
            return rejection ?? DecisionTexts.PollNotFound;
        }

        await jobs.ScheduleAsync(FinalizeJobType, pollId, now + options.Value.CloseGracePeriod, pollId, ct);
        return closed;
    }

    public async Task<PollView?> GetViewAsync(string pollId, Actor viewer, CancellationToken ct)
    {
        if (await store.GetAsync(pollId, ct) is not { } found)
        {
            return null;
        }

        var poll = found.Poll;

        var now = clock.GetUtcNow();
        var voters = await eligibility.GetEligibleVotersAsync(poll.SteeringGroupId, now, ct);
        var tally = poll.Result?.ToTally() ?? Tally.Compute(poll.Definition, (await store.GetBallotsAsync(pollId, ct)).Select(b => b.OptionIds), voters.Count);
        var ballot = viewer.AadObjectId is null ? null : await store.GetBallotAsync(pollId, viewer.AadObjectId, ct);
        var canVote = !poll.State.IsClosedAt(now) && voters.Any(v => string.Equals(v.AadObjectId, viewer.AadObjectId, StringComparison.OrdinalIgnoreCase));
        var canManage = await eligibility.CanManageDecisionsAsync(poll.SteeringGroupId, viewer.AadObjectId, now, ct);
        var refreshIds = voters.Select(v => v.TeamsUserId).OfType<string>().Distinct().ToList();
        return new PollView(poll, tally, ballot, canVote, canManage, refreshIds, TimeZone);
    }

    public Task<IReadOnlyList<AuditEvent>> GetHistoryAsync(string pollId, CancellationToken ct) => store.GetHistoryAsync(pollId, ct);

    private static string NewPollId() => Guid.NewGuid().ToString("N")[..20];
}
