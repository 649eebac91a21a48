using Azure;
using CoopBot.Domain.Common;
using CoopBot.Domain.Registry;
using CoopBot.Jobs.Contracts;
using CoopBot.Registry.Contracts;
using SteeringGroup = CoopBot.Registry.Contracts.SteeringGroup;

namespace CoopBot.Registry;

/// <summary>A submitted item and the name of its stuurgroep, for the cards.</summary>
internal sealed record FeedbackOutcome(StoredFeedback Item, string GroupName, string OrganisationName);

/// <summary>
/// "kandidaat stellen" and "bezwaar samenstelling": checks with the domain rules, stores, and hands the forwarding to the
/// community manager and the answer to the submitter to durable jobs (<see cref="FeedbackJob"/>), so nothing is lost
/// when a send fails or the instance stops.
/// </summary>
internal sealed class CompositionFeedbackService(
    IMembershipDirectory directory, RegistryQueries queries, FeedbackStore store, IJobScheduler jobs, TimeProvider clock)
{
    /// <summary>The person and the stuurgroepen they may send a candidacy or objection about (their organisation is a coöperant).</summary>
    public async Task<(Person? Person, IReadOnlyList<SteeringGroup> Groups)> EligibleGroupsAsync(string? aadObjectId, CancellationToken ct)
    {
        var person = aadObjectId is null ? null : await directory.FindPersonAsync(aadObjectId, ct);
        var organisation = person is null ? null : await directory.FindOrganisationAsync(person.OrganisationId, ct);
        if (organisation is null)
        {
            return (person, []);
        }

        var groups = new List<SteeringGroup>();
        foreach (var group in await directory.GetSteeringGroupsAsync(ct))
        {
            if (ConsultationEligibility.IsEligible(organisation, await queries.ToDomainAsync(group, ct)))
            {
                groups.Add(group);
            }
        }

        return (person, groups);
    }

    public async Task<Result<FeedbackOutcome>> SubmitAsync(
        FeedbackKind kind, string? steeringGroupId, string? motivation, string? aadObjectId, string? teamsUserId, string? tenantId, string activityKey, CancellationToken ct)
    {
        var person = aadObjectId is null ? null : await directory.FindPersonAsync(aadObjectId, ct);
        var group = string.IsNullOrWhiteSpace(steeringGroupId) ? null : await directory.FindSteeringGroupAsync(steeringGroupId, ct);
        if (person is null || group is null)
        {
            return Result<FeedbackOutcome>.Fail("samenstelling.onbekend", person is null ? RegistryTexts.UnknownPerson : RegistryTexts.UnknownSteeringGroup);
        }

        var id = FeedbackStore.IdFor(activityKey);
        if (await store.GetAsync(id, ct) is { } earlier)
        {
            return await OutcomeAsync(earlier.Item, ct); // a redelivered submit: already stored and scheduled
        }

        var now = clock.GetUtcNow();
        var checkedItem = CompositionFeedbackRules.Submit(
            id, kind, await queries.ToDomainAsync(group, ct), person, await directory.FindOrganisationAsync(person.OrganisationId, ct), motivation,
            (await directory.GetSeatsAsync(group.Id, ct)).Select(s => s.Seat),
            (await store.GetOfPersonAsync(person.AadObjectId, ct)).Where(f => f.Id != id),
            now);
        if (!checkedItem.IsSuccess)
        {
            return Result<FeedbackOutcome>.Fail(checkedItem.Rejection);
        }

        var item = new StoredFeedback(checkedItem.Value, teamsUserId, tenantId);
        if (!await store.AddAsync(item, ct))
        {
            item = (await store.GetAsync(id, ct))!.Value.Item;
        }

        // Due at the stored submit time, so a second scheduling of the same item is the same job row.
        await jobs.ScheduleAsync(FeedbackJob.Type, FeedbackJob.Key(id, FeedbackJob.Forward), item.Feedback.SubmittedAt, null, ct);
        return await OutcomeAsync(item, ct);
    }

    public async Task<Result<FeedbackOutcome>> DecideAsync(string? feedbackId, bool accept, string? deciderId, CancellationToken ct)
    {
        var found = string.IsNullOrWhiteSpace(feedbackId) ? null : await store.GetAsync(feedbackId, ct);
        if (found is not { } current)
        {
            return Result<FeedbackOutcome>.Fail("samenstelling.onbekend", RegistryTexts.UnknownFeedback);
        }

        var now = clock.GetUtcNow();
        var decided = CompositionFeedbackRules.Decide(
            current.Item.Feedback, accept, deciderId ?? string.Empty, await queries.IsCommunityManagerAsync(deciderId, ct), now);
        if (!decided.IsSuccess)
        {
            return Result<FeedbackOutcome>.Fail(decided.Rejection);
        }

        var item = current.Item with { Feedback = decided.Value };
        try
        {
            await store.UpdateAsync(item, current.ETag, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Decided at the same moment from another card or instance: report what was stored.
            var winner = (await store.GetAsync(current.Item.Feedback.Id, ct))!.Value.Item.Feedback;
            return Result<FeedbackOutcome>.Fail(FeedbackRejections.AlreadyDecided(winner));
        }

        await jobs.ScheduleAsync(FeedbackJob.Type, FeedbackJob.Key(item.Feedback.Id, FeedbackJob.Decided), item.Feedback.DecidedAt ?? now, null, ct);
        return await OutcomeAsync(item, ct);
    }

    /// <summary>The stored item with the names the cards show, or null when the id is unknown.</summary>
    public async Task<FeedbackOutcome?> DescribeAsync(string? feedbackId, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(feedbackId) || await store.GetAsync(feedbackId, ct) is not { } found ? null : await OutcomeAsync(found.Item, ct);

    private async Task<FeedbackOutcome> OutcomeAsync(StoredFeedback item, CancellationToken ct)
    {
        var group = await directory.FindSteeringGroupAsync(item.Feedback.SteeringGroupId, ct);
        var organisation = await directory.FindOrganisationAsync(item.Feedback.OrganisationId, ct);
        return new FeedbackOutcome(item, group?.Name ?? item.Feedback.SteeringGroupId, organisation?.Name ?? item.Feedback.OrganisationId);
    }
}
