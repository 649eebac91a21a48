using CoopBot.Decisions.Contracts;
using CoopBot.Registry.Contracts;
using System.Collections.Concurrent;
using Azure;
using CoopBot.Common;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Common;
using CoopBot.Domain.Confidentiality;
using CoopBot.Domain.Decisions;
using CoopBot.Jobs.Contracts;
using CoopBot.Registry;
using CoopBot.Storage;
using Microsoft.Extensions.Options;

namespace CoopBot.Decisions;

/// <summary>Orchestrates the decision rules (domain), eligibility (registry) and storage. Never builds cards.</summary>
internal sealed partial class DecisionService(
    DecisionStore store,
    DecisionRegister register,
    DecisionReferences references,
    IVoterEligibility eligibility,
    ConsultationAudience consultation,
    IEnumerable<IDecisionStatusSource> statusSources,
    IEnumerable<IVoteGate> voteGates,
    IEnumerable<IDecisionVisibility> visibility,
    IEnumerable<IDecisionReopenHook> reopenHooks,
    IJobScheduler jobs,
    TimeProvider clock,
    IOptions<DecisionsOptions> options)
{
    public const string FinalizeJobType = "decisions.finalize";
    public const string ReminderJobType = "decisions.remind";
    private const int MaxConcurrencyRetries = 5;

    // Per-instance caches that keep the vote path at one storage round trip. The poll row is safe to cache for a short
    // time: a vote accepted on a stale "open" still lands before counting starts (DecisionsOptions validates the sum).
    private readonly ConcurrentDictionary<string, (PollRecord Poll, DateTimeOffset At)> _polls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TallyCache> _tallies = new(StringComparer.Ordinal);

    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public async Task<Result<PollRecord>> CreateAsync(CreatePollRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!await eligibility.CanManageDecisionsAsync(request.SteeringGroupId, request.Creator.AadObjectId, now, ct))
        {
            return DecisionTexts.OnlyManagersMayCreate;
        }

        // Confidential details never go to all coöperanten (seed 002: NDA), so a confidential item is never a consultation.
        if (ConfidentialItems.CanOpenConsultation(request.Confidential && request.Settings.Audience == Audience.Cooperants) is { } noConsultation)
        {
            return noConsultation;
        }

        var definition = Define(request);
        if (!definition.IsSuccess)
        {
            return Result<PollRecord>.Fail(definition.Rejection);
        }

        var state = PollLifecycle.Open(request.ClosesAt ?? now + definition.Value.Kind.DefaultDuration, now);
        if (!state.IsSuccess)
        {
            return Result<PollRecord>.Fail(state.Rejection);
        }

        var pollId = request.PollId ?? NewPollId();
        // Numbered only once every rule passed; claimed per poll id, so a redelivery with the same id gets the same number.
        var reference = await references.AllocateAsync(request.SteeringGroupId, pollId, TimeZoneInfo.ConvertTime(now, TimeZone).Year, ct);
        var poll = new PollRecord(
            pollId, request.SteeringGroupId, definition.Value, state.Value, request.Creator.AadObjectId!, request.Creator.Name, now, null, null)
        {
            Confidential = request.Confidential,
            BallotKey = definition.Value.Settings.Anonymous ? BallotSeal.NewKey() : null,
            Reference = reference.ToString(),
        };
        await store.CreateAsync(poll, new AuditEvent(request.ActivityKey, AuditEventTypes.Created, request.Creator.AadObjectId!, now, null, poll.Definition.Title), ct);
        await ScheduleDeadlineJobsAsync(poll, ct);
        return poll;
    }

    private static Result<PollDefinition> Define(CreatePollRequest request)
    {
        if (PollKinds.Find(request.KindId) is not { } kind)
        {
            return Result<PollDefinition>.Fail("unknown-kind", DecisionTexts.UnknownKind);
        }

        Money? amount = null;
        if (!string.IsNullOrWhiteSpace(request.AmountText))
        {
            var parsed = AmountParser.Parse(request.AmountText);
            if (!parsed.IsSuccess)
            {
                return Result<PollDefinition>.Fail(parsed.Rejection);
            }

            amount = parsed.Value;
        }

        var attachments = PollAttachments.Parse(request.AttachmentsText);
        return attachments.IsSuccess
            ? PollDefinition.Create(kind, request.Title, request.Description, request.OptionLabels, request.Settings, amount, attachments.Value)
            : Result<PollDefinition>.Fail(attachments.Rejection);
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

        var voter = await CheckVoterAsync(poll, request, now, ct);
        if (!voter.IsSuccess)
        {
            return voter.Rejection;
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
            return choice.Rejection;
        }

        var (ballotId, ballotName, castBy, byProxy) = voter.Value;
        var ballot = new BallotRecord(ballotId, ballotName, choice.Value.OptionIds, choice.Value.Reason, now) { CastById = castBy.AadObjectId, CastByName = castBy.Name, ByProxy = byProxy };
        var anonymous = poll.Definition.Settings.Anonymous;

        // For a consultation the actor is the person who cast it and Before names the organisation whose ballot it is.
        var evt = new AuditEvent(
            request.ActivityKey, AuditEventTypes.Vote, castBy.AadObjectId, now, IsConsultation(poll) ? ballotId : null,
            anonymous ? null : string.Join(',', ballot.OptionIds), anonymous ? null : ballot.Reason);
        return new PreparedBallot(poll, ballot, evt);
    }

    private async Task<Result<BallotVoter>> CheckVoterAsync(PollRecord poll, VoteRequest request, DateTimeOffset now, CancellationToken ct)
    {
        if (IsConsultation(poll))
        {
            var proxies = await store.GetProxiesAsync(poll.Id, ct);
            return await consultation.CheckVoterAsync(poll.Id, poll.SteeringGroupId, request.Voter.AadObjectId, request.OnBehalfOf, proxies, ct);
        }

        var seat = await eligibility.CheckVoterAsync(poll.SteeringGroupId, request.Voter.AadObjectId, now, ct);
        return seat.IsSuccess
            ? new BallotVoter(seat.Value.AadObjectId, request.Voter.Name, new Domain.Registry.Person(seat.Value.AadObjectId, request.Voter.Name, string.Empty, seat.Value.Seat.OrganisationId), false)
            : seat.Rejection;
    }

    private static bool IsConsultation(PollRecord poll) => poll.Definition.Settings.Audience == Audience.Cooperants;

    /// <summary>How many may vote: the stuurgroep's eligible members, or for a consultation the coöperant organisations.</summary>
    private async Task<int> EligibleCountAsync(PollRecord poll, DateTimeOffset now, CancellationToken ct) =>
        IsConsultation(poll)
            ? (await consultation.CooperantsAsync(poll.SteeringGroupId, ct)).Count
            : (await eligibility.GetEligibleVotersAsync(poll.SteeringGroupId, now, ct)).Count;

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

    /// <summary>The view for one viewer. A fresh view recounts the ballots; otherwise a tally of at most one update interval old is used.</summary>
    public async Task<PollView?> GetViewAsync(string pollId, Actor viewer, CancellationToken ct, bool fresh = true, BallotRecord? knownBallot = null)
    {
        var poll = await GetPollAsync(pollId, cached: !fresh, ct);
        if (poll is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var managers = await eligibility.GetManagersAsync(poll.SteeringGroupId, now, ct);
        // The community manager has no seat: asked only on the refresh path, so the vote path stays one round trip.
        var canManage = managers.Any(m => string.Equals(m.AadObjectId, viewer.AadObjectId, StringComparison.OrdinalIgnoreCase))
            || (fresh && viewer.AadObjectId is not null && await eligibility.CanManageDecisionsAsync(poll.SteeringGroupId, viewer.AadObjectId, now, ct));
        var managerIds = managers.Select(m => m.TeamsUserId).OfType<string>().Distinct().ToList();
        var sections = new List<DecisionStatusSection>();
        foreach (var source in statusSources)
        {
            if (await source.GetSectionAsync(poll, ct) is { } section)
            {
                sections.Add(section);
            }
        }

        IDecisionPlaceholder? hiddenBy = null;
        foreach (var gate in visibility)
        {
            if (!await gate.CanSeeDetailsAsync(poll, viewer.AadObjectId, now, ct))
            {
                hiddenBy ??= gate.Placeholder;
            }
        }

        if (IsConsultation(poll))
        {
            return await ConsultationViewAsync(poll, viewer, knownBallot, canManage, managerIds, fresh, now, ct) with { StatusSections = sections, HiddenBy = hiddenBy };
        }

        var voters = await eligibility.GetEligibleVotersAsync(poll.SteeringGroupId, now, ct);
        var tally = poll.Result?.ToTally() ?? await GetTallyAsync(poll, voters.Count, fresh, ct);
        var ballot = knownBallot ?? (viewer.AadObjectId is null ? null : await store.GetBallotAsync(poll, viewer.AadObjectId, ct));
        var canVote = !poll.State.IsClosedAt(now) && voters.Any(v => string.Equals(v.AadObjectId, viewer.AadObjectId, StringComparison.OrdinalIgnoreCase));
        var refreshIds = voters.Select(v => v.TeamsUserId).OfType<string>().Concat(managerIds).Distinct().ToList();
        return new PollView(poll, tally, ballot, canVote, canManage, refreshIds, TimeZone) { ManagerUserIds = managerIds, StatusSections = sections, HiddenBy = hiddenBy };
    }

    // A consultation's view: the viewer's organisation ballot(s), the proxies, and whom the organisation may still give one.
    private async Task<PollView> ConsultationViewAsync(
        PollRecord poll, Actor viewer, BallotRecord? knownBallot, bool canManage, IReadOnlyList<string> managerIds, bool fresh, DateTimeOffset now, CancellationToken ct)
    {
        var cooperants = await consultation.CooperantsAsync(poll.SteeringGroupId, ct);
        var proxies = await store.GetProxiesAsync(poll.Id, ct);
        var tally = poll.Result?.ToTally() ?? await GetTallyAsync(poll, cooperants.Count, fresh, ct);
        var ballots = await consultation.BallotsOfAsync(viewer.AadObjectId, cooperants, proxies, ct);
        var open = !poll.State.IsClosedAt(now);
        var ballot = knownBallot ?? (ballots.Count == 0 ? null : await store.GetBallotAsync(poll, ballots[0].Id, ct));
        var person = viewer.AadObjectId is null ? null : await consultation.FindPersonAsync(viewer.AadObjectId, ct);
        var ownOrganisation = cooperants.FirstOrDefault(o => o.Id == person?.OrganisationId);
        var candidates = open && fresh && ownOrganisation is not null && proxies.All(p => p.Registration.GrantingOrganisationId != ownOrganisation.Id)
            ? (await consultation.ProxyCandidatesAsync(ownOrganisation.Id, cooperants, ct)).Select(c => (c.Person.AadObjectId, $"{c.Person.Name} ({cooperants.First(o => o.Id == c.Person.OrganisationId).Name})")).ToList()
            : [];
        var representatives = await consultation.RepresentativesAsync(cooperants, ct);
        var refreshIds = representatives.Select(r => r.TeamsUserId).OfType<string>().Concat(managerIds).Distinct().ToList();
        return new PollView(poll, tally, ballot, open && ballots.Count > 0, canManage, refreshIds, TimeZone)
        {
            ManagerUserIds = managerIds,
            BallotOrganisations = ballots.Select(o => (o.Id, o.Name)).ToList(),
            Proxies = proxies,
            ProxyCandidates = candidates,
        };
    }

    /// <summary>
    /// A representative gives their organisation's ballot in this one consultation to a representative of another
    /// organisation. Stored with its audit event in one batch; a second proxy for the same organisation is refused.
    /// </summary>
    public async Task<Result<ProxyRecord>> RegisterProxyAsync(string pollId, Actor actor, string? proxyPersonId, string activityKey, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var poll = await GetPollAsync(pollId, cached: false, ct);
        if (poll is null || !IsConsultation(poll))
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

    // A vote never waits for a recount (which reads every ballot): once a tally exists, the vote path gets the latest
    // settled one at once and, when it is older than CardUpdateInterval, starts one background recount (single flight)
    // for the votes after it. Only the first vote of a poll on this instance waits. Fresh views always recount.
    private Task<TallyResult> GetTallyAsync(PollRecord poll, int eligibleCount, bool fresh, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cache = _tallies.GetOrAdd(poll.Id, _ => new TallyCache());
        lock (cache)
        {
            if (fresh)
            {
                return cache.Start(RecountAsync(cache, now, CountAsync(poll, eligibleCount, ct)), now);
            }

            var due = cache.Running is null || cache.Running.IsFaulted || now - cache.StartedAt >= options.Value.CardUpdateInterval;
            if (due && cache.Running is not { IsCompleted: false })
            {
                cache.Start(RecountAsync(cache, now, CountAsync(poll, eligibleCount, CancellationToken.None)), now);
            }

            return cache.Settled is { } settled ? Task.FromResult(settled) : cache.Running!;
        }
    }

    private static async Task<TallyResult> RecountAsync(TallyCache cache, DateTimeOffset startedAt, Task<TallyResult> count)
    {
        var result = await count;
        lock (cache)
        {
            if (startedAt >= cache.SettledStartedAt)
            {
                (cache.Settled, cache.SettledStartedAt) = (result, startedAt);
            }
        }

        return result;
    }

    /// <summary>Per poll: the latest recount (maybe still running) and the latest finished one. Guarded by its own lock.</summary>
    private sealed class TallyCache
    {
        public Task<TallyResult>? Running { get; private set; }

        public DateTimeOffset StartedAt { get; private set; }

        public TallyResult? Settled { get; set; }

        public DateTimeOffset SettledStartedAt { get; set; } = DateTimeOffset.MinValue;

        public Task<TallyResult> Start(Task<TallyResult> recount, DateTimeOffset at)
        {
            (Running, StartedAt) = (recount, at);
            return recount;
        }
    }

    private async Task<TallyResult> CountAsync(PollRecord poll, int eligibleCount, CancellationToken ct) =>
        Tally.Compute(poll.Definition, (await store.GetBallotsAsync(poll, ct)).Select(b => b.OptionIds), eligibleCount);

    private static string NewPollId() => Guid.NewGuid().ToString("N")[..20];
}
