using System.Collections.Concurrent;
using CoopBot.Domain.Amounts;
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
    DecisionRegister register,
    IVoterEligibility eligibility,
    IEnumerable<IDecisionStatusSource> statusSources,
    IEnumerable<IVoteGate> voteGates,
    IEnumerable<IDecisionVisibility> visibility,
    JobScheduler jobs,
    TimeProvider clock,
    IOptions<DecisionsOptions> options)
{
    public const string FinalizeJobType = "decisions.finalize";
    public const string ReminderJobType = "decisions.remind";
    private const int MaxConcurrencyRetries = 5;

    // Per-instance caches that keep the vote path at one storage round trip. The poll row is safe to cache for a short
    // time: a vote accepted on a stale "open" still lands before counting starts (DecisionsOptions validates the sum).
    private readonly ConcurrentDictionary<string, (PollRecord Poll, DateTimeOffset At)> _polls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (Task<TallyResult> Tally, DateTimeOffset At)> _tallies = new(StringComparer.Ordinal);

    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public async Task<Result<PollRecord>> CreateAsync(CreatePollRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!await eligibility.CanManageDecisionsAsync(request.SteeringGroupId, request.Creator.AadObjectId, now, ct))
        {
            return DecisionTexts.OnlyManagersMayCreate;
        }

        var definition = Define(request);
        if (!definition.IsSuccess)
        {
            return Result<PollRecord>.Fail(definition.Rejection!);
        }

        var state = PollLifecycle.Open(request.ClosesAt ?? now + definition.Value!.Kind.DefaultDuration, now);
        if (!state.IsSuccess)
        {
            return Result<PollRecord>.Fail(state.Rejection!);
        }

        var poll = new PollRecord(
            request.PollId ?? NewPollId(), request.SteeringGroupId, definition.Value!, state.Value!, request.Creator.AadObjectId!, request.Creator.Name, now, null, null)
        {
            Confidential = request.Confidential,
        };
        await store.CreateAsync(poll, new AuditEvent(request.ActivityKey, AuditEventTypes.Created, request.Creator.AadObjectId!, now, null, poll.Definition.Title), ct);
        await ScheduleDeadlineJobsAsync(poll, ct);
        return poll;
    }

    private static Result<PollDefinition> Define(CreatePollRequest request)
    {
        if (PollKinds.Find(request.KindId) is not { } kind)
        {
            return Result<PollDefinition>.Fail("unknown-kind", "Dit soort beslissing kennen we niet.");
        }

        Money? amount = null;
        if (!string.IsNullOrWhiteSpace(request.AmountText))
        {
            var parsed = AmountParser.Parse(request.AmountText);
            if (!parsed.IsSuccess)
            {
                return Result<PollDefinition>.Fail(parsed.Rejection!);
            }

            amount = parsed.Value;
        }

        var attachments = PollAttachments.Parse(request.AttachmentsText);
        return attachments.IsSuccess
            ? PollDefinition.Create(kind, request.Title, request.Description, request.OptionLabels, request.Settings, amount, attachments.Value)
            : Result<PollDefinition>.Fail(attachments.Rejection!);
    }

    /// <summary>Close-and-count at the deadline, and the one automatic reminder a day before (both durable jobs).</summary>
    private async Task ScheduleDeadlineJobsAsync(PollRecord poll, CancellationToken ct)
    {
        await jobs.ScheduleAsync(FinalizeJobType, poll.Id, poll.State.ClosesAt + options.Value.CloseGracePeriod, poll.Id, ct);
        if (poll.AutoReminderSentAt is null && ReminderRules.AutomaticReminderAt(poll.CreatedAt, poll.State.ClosesAt) is { } remindAt)
        {
            await jobs.ScheduleAsync(ReminderJobType, poll.Id, remindAt, poll.Id, ct);
        }
    }

    /// <summary>Records where the card was posted, so later updates (other instances, background jobs) can find it.</summary>
    public Task<PollRecord?> AttachCardAsync(string pollId, CardLocation card, CancellationToken ct) =>
        MutateAsync(pollId, "card-posted", "bot", card.ActivityId, poll => Result<PollRecord>.Success(poll with { Card = card }), ct);

    public async Task<Result<VoteReceipt>> VoteAsync(VoteRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var poll = await GetPollAsync(request.PollId, cached: true, ct);
        if (poll is not null && VotingRules.CanCastVote(poll.State, now) is not null)
        {
            // A cached "closed" may be stale after an extension or reopen on another instance: only refuse on fresh data.
            poll = await GetPollAsync(request.PollId, cached: false, ct);
        }

        if (poll is null)
        {
            return DecisionTexts.PollNotFound;
        }

        if (VotingRules.CanCastVote(poll.State, now) is { } closed)
        {
            return closed;
        }

        var seat = await eligibility.CheckVoterAsync(poll.SteeringGroupId, request.Voter.AadObjectId, now, ct);
        if (!seat.IsSuccess)
        {
            return seat.Rejection!;
        }

        foreach (var gate in voteGates)
        {
            if (await gate.CheckVoteAsync(poll, request.Voter, now, ct) is { } refused)
            {
                return refused;
            }
        }

        var choice = BallotRules.Validate(poll.Definition, request.OptionIds, request.Reason);
        if (!choice.IsSuccess)
        {
            return choice.Rejection!;
        }

        var ballot = new BallotRecord(seat.Value!.AadObjectId, request.Voter.Name, choice.Value!.OptionIds, choice.Value.Reason, now);
        var anonymous = poll.Definition.Settings.Anonymous;
        var evt = new AuditEvent(
            request.ActivityKey, AuditEventTypes.Vote, ballot.VoterId, now, null, anonymous ? null : string.Join(',', ballot.OptionIds), anonymous ? null : ballot.Reason);
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

    /// <summary>The view for one viewer. A fresh view recounts the ballots; otherwise a tally of at most one update interval old is used.</summary>
    public async Task<PollView?> GetViewAsync(string pollId, Actor viewer, CancellationToken ct, bool fresh = true, BallotRecord? knownBallot = null)
    {
        var poll = await GetPollAsync(pollId, cached: !fresh, ct);
        if (poll is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var voters = await eligibility.GetEligibleVotersAsync(poll.SteeringGroupId, now, ct);
        var managers = await eligibility.GetManagersAsync(poll.SteeringGroupId, now, ct);
        var tally = poll.Result?.ToTally() ?? await GetTallyAsync(poll, voters.Count, fresh, ct);
        var ballot = knownBallot ?? (viewer.AadObjectId is null ? null : await store.GetBallotAsync(pollId, viewer.AadObjectId, ct));
        var canVote = !poll.State.IsClosedAt(now) && voters.Any(v => string.Equals(v.AadObjectId, viewer.AadObjectId, StringComparison.OrdinalIgnoreCase));
        // The community manager has no seat: asked only on the refresh path, so the vote path stays one round trip.
        var canManage = managers.Any(m => string.Equals(m.AadObjectId, viewer.AadObjectId, StringComparison.OrdinalIgnoreCase))
            || (fresh && viewer.AadObjectId is not null && await eligibility.CanManageDecisionsAsync(poll.SteeringGroupId, viewer.AadObjectId, now, ct));
        var managerIds = managers.Select(m => m.TeamsUserId).OfType<string>().Distinct().ToList();
        var refreshIds = voters.Select(v => v.TeamsUserId).OfType<string>().Concat(managerIds).Distinct().ToList();
        var sections = new List<DecisionStatusSection>();
        foreach (var source in statusSources)
        {
            if (await source.GetSectionAsync(poll, ct) is { } section)
            {
                sections.Add(section);
            }
        }

        var hidden = false;
        foreach (var gate in visibility)
        {
            hidden |= !await gate.CanSeeDetailsAsync(poll, viewer.AadObjectId, now, ct);
        }

        return new PollView(poll, tally, ballot, canVote, canManage, refreshIds, TimeZone) { ManagerUserIds = managerIds, StatusSections = sections, DetailsHidden = hidden };
    }

    public Task<IReadOnlyList<AuditEvent>> GetHistoryAsync(string pollId, CancellationToken ct) => store.GetHistoryAsync(pollId, ct);

    public async Task<PollRecord?> FindAsync(string pollId, CancellationToken ct) => await GetPollAsync(pollId, cached: false, ct);

    private async Task<PollRecord?> GetPollAsync(string pollId, bool cached, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (cached && _polls.TryGetValue(pollId, out var hit) && now - hit.At < options.Value.PollCacheDuration)
        {
            return hit.Poll;
        }

        if (!TableKey.IsValid(pollId) || await store.GetAsync(pollId, ct) is not { } found)
        {
            return null;
        }

        _polls[pollId] = (found.Poll, now);
        return found.Poll;
    }

    // Single flight: when the cached tally expires under load, one recount serves every concurrent vote response.
    private Task<TallyResult> GetTallyAsync(PollRecord poll, int eligibleCount, bool fresh, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!fresh && _tallies.TryGetValue(poll.Id, out var hit) && now - hit.At < options.Value.CardUpdateInterval && !hit.Tally.IsFaulted)
        {
            return hit.Tally;
        }

        var recount = CountAsync(poll, eligibleCount, fresh ? ct : CancellationToken.None);
        _tallies[poll.Id] = (recount, now);
        return recount;
    }

    private async Task<TallyResult> CountAsync(PollRecord poll, int eligibleCount, CancellationToken ct) =>
        Tally.Compute(poll.Definition, (await store.GetBallotsAsync(poll.Id, ct)).Select(b => b.OptionIds), eligibleCount);

    private static string NewPollId() => Guid.NewGuid().ToString("N")[..20];
}
