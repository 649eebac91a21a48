using CoopBot.Common;
using CoopBot.Jobs.Contracts;
using CoopBot.Registry.Contracts;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Registry;

/// <summary>
/// Durable sends of the candidacy/objection flow: "forward" puts the card before the community manager (their
/// conversation, else a 1:1 chat), "decided" tells the submitter in a 1:1 chat. A failed send throws, so the job retries.
/// </summary>
internal sealed class FeedbackJob(
    FeedbackStore store, IMembershipDirectory directory, ProactiveMessenger messenger, IDecisionLookup decisions) : IJobHandler
{
    public const string Type = "registry.feedback";
    public const string Forward = "forward";
    public const string Decided = "decided";

    public string JobType => Type;

    public static string Key(string feedbackId, string stage) => $"{feedbackId}|{stage}";

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        var (id, stage) = (job.Key.Split('|')[0], job.Key.Split('|')[^1]);
        if (await store.GetAsync(id, ct) is not { } found)
        {
            return JobResult.Done;
        }

        var item = found.Item;
        var group = await directory.FindSteeringGroupAsync(item.Feedback.SteeringGroupId, ct);
        var groupName = group?.Name ?? item.Feedback.SteeringGroupId;
        if (stage == Forward)
        {
            await ForwardAsync(item, groupName, ct);
        }
        else if (item.SubmitterTeamsId is { Length: > 0 } teamsId)
        {
            var submitter = await directory.FindContactAsync(item.Feedback.PersonId, ct);
            var contact = new PersonContact(submitter?.Person ?? new(item.Feedback.PersonId, item.Feedback.PersonName, string.Empty, item.Feedback.OrganisationId), teamsId);
            var chat = await messenger.OpenPersonalChatAsync(contact, item.TenantId, ct);
            await messenger.SendCardAsync(chat, FeedbackCards.Decided(item.Feedback, groupName), ct);
        }

        return JobResult.Done;
    }

    private async Task ForwardAsync(StoredFeedback item, string groupName, CancellationToken ct)
    {
        var manager = await directory.GetCommunityManagerAsync(ct)
            ?? throw new ProactiveTargetException("No community manager in the registry yet.");
        var organisation = await directory.FindOrganisationAsync(item.Feedback.OrganisationId, ct);
        var card = FeedbackCards.ForCommunityManager(item.Feedback, groupName, organisation?.Name ?? item.Feedback.OrganisationId, decisions.TimeZone);
        var target = manager.Conversation is { } conversation
            ? conversation with { TenantId = conversation.TenantId ?? item.TenantId }
            : await messenger.OpenPersonalChatAsync(manager.Person, item.TenantId, ct);
        await messenger.SendCardAsync(target, card, ct);
    }
}
