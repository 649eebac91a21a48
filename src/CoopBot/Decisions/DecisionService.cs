using CoopBot.Decisions.Contracts;
using CoopBot.Registry.Contracts;
using System.Collections.Concurrent;
using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Registry;
using Microsoft.Extensions.Options;

namespace CoopBot.Decisions;

/// <summary>
/// The read side of a decision: one viewer's view (eligibility, tally, status sections of other features, visibility),
/// the poll, its history and comments. The other responsibilities have their own classes: <see cref="DecisionCreation"/>,
/// <see cref="DecisionVoting"/>, <see cref="DecisionLifecycle"/>, <see cref="DecisionCounting"/>, <see cref="DecisionReminders"/>,
/// <see cref="DecisionComments"/> and <see cref="DecisionRegisterRecorder"/>. Never builds cards.
/// </summary>
internal sealed class DecisionService(
    DecisionStore store,
    DecisionPolls polls,
    DecisionLookup lookup,
    IVoterEligibility eligibility,
    ConsultationAudience consultation,
    IEnumerable<IDecisionStatusSource> statusSources,
    IEnumerable<IDecisionVisibility> visibility,
    TimeProvider clock,
    IOptions<DecisionsOptions> options)
{
    // Per-instance tally cache that keeps the vote path at one storage round trip (see GetTallyAsync).
    private readonly ConcurrentDictionary<string, TallyCache> _tallies = new(StringComparer.Ordinal);

    public TimeZoneInfo TimeZone => lookup.TimeZone;

    /// <summary>The view for one viewer. A fresh view recounts the ballots; otherwise a tally of at most one update interval old is used.</summary>
    public async Task<PollView?> GetViewAsync(string pollId, Actor viewer, CancellationToken ct, bool fresh = true, BallotRecord? knownBallot = null)
    {
        var poll = await polls.GetAsync(pollId, cached: !fresh, ct);
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
        var summary = poll.ToSummary();
        var sections = new List<DecisionStatusSection>();
        foreach (var source in statusSources)
        {
            if (await source.GetSectionAsync(summary, ct) is { } section)
            {
                sections.Add(section);
            }
        }

        IDecisionPlaceholder? hiddenBy = null;
        foreach (var gate in visibility)
        {
            if (!await gate.CanSeeDetailsAsync(summary, viewer.AadObjectId, now, ct))
            {
                hiddenBy ??= gate.Placeholder;
            }
        }

        if (poll.IsConsultation)
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

    public Task<IReadOnlyList<AuditEvent>> GetHistoryAsync(string pollId, CancellationToken ct) => store.GetHistoryAsync(pollId, ct);

    public Task<PollRecord?> FindAsync(string pollId, CancellationToken ct) => polls.GetAsync(pollId, cached: false, ct);

    public Task<IReadOnlyList<CommentRecord>> GetCommentsAsync(string pollId, CancellationToken ct) => store.GetCommentsAsync(pollId, ct);

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

}
