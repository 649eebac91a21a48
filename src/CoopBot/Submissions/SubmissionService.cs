using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Submissions;

/// <summary>A service the submitter can choose: a service of a stuurgroep whose coöperant their organisation is.</summary>
public sealed record SubmissionTarget(string SteeringGroupId, string SteeringGroupName, string ServiceId, string ServiceName)
{
    public string Value => $"{SteeringGroupId}|{ServiceId}";
}

/// <summary>
/// "voorstel indienen" (issue 4, seed 002: afnemers can submit proposals): any coöperant submits, others support it, the
/// chair, product manager or community manager triages it. Every step is audited and recorded in the decision register.
/// </summary>
internal sealed class SubmissionService(
    SubmissionStore store,
    IDecisionCreator decisions,
    IDecisionRegisterWriter register,
    IMembershipDirectory directory,
    IVoterEligibility eligibility,
    TimeProvider clock)
{
    public const string RegisterKind = SubmissionTexts.RegisterKind;
    private const int MaxConcurrencyRetries = 5;

    public static readonly Rejection NotACooperant = SubmissionTexts.NotACooperant;

    public static readonly Rejection NotFound = SubmissionTexts.NotFound;

    public static readonly Rejection OnlyManagers = SubmissionTexts.OnlyManagers;

    public static readonly Rejection UnknownService = SubmissionTexts.UnknownService;

    /// <summary>The services the person may submit about: those of stuurgroepen whose coöperant their organisation is.</summary>
    public async Task<IReadOnlyList<SubmissionTarget>> TargetsAsync(string? aadObjectId, CancellationToken ct)
    {
        var person = aadObjectId is null ? null : await directory.FindPersonAsync(aadObjectId, ct);
        if (person is null)
        {
            return [];
        }

        var targets = new List<SubmissionTarget>();
        foreach (var group in await directory.GetSteeringGroupsAsync(ct))
        {
            if ((await directory.GetCooperantsAsync(group.Id, ct)).Any(o => o.Id == person.OrganisationId))
            {
                targets.AddRange((await directory.GetServicesAsync(group.Id, ct)).Where(s => !s.IsPlanned).Select(s => new SubmissionTarget(group.Id, group.Name, s.Id, s.Name)));
            }
        }

        return targets;
    }

    public async Task<Result<SubmissionView>> SubmitAsync(Actor actor, string? target, string? title, string? description, string? amountText, string activityKey, CancellationToken ct)
    {
        var person = actor.AadObjectId is null ? null : await directory.FindPersonAsync(actor.AadObjectId, ct);
        var targets = await TargetsAsync(actor.AadObjectId, ct);
        if (person is null || targets.Count == 0)
        {
            return NotACooperant;
        }

        if (targets.FirstOrDefault(t => t.Value == target) is not { } chosen)
        {
            return UnknownService;
        }

        var text = SubmissionRules.ValidateText(title, description);
        if (!text.IsSuccess)
        {
            return text.Rejection;
        }

        Money? amount = null;
        if (!string.IsNullOrWhiteSpace(amountText))
        {
            var parsed = AmountParser.Parse(amountText);
            if (!parsed.IsSuccess)
            {
                return parsed.Rejection;
            }

            amount = parsed.Value;
        }

        var now = clock.GetUtcNow();
        var organisation = await directory.FindOrganisationAsync(person.OrganisationId, ct);

        // The id derives from the submitting activity, so a redelivered submit finds the stored submission instead of a second one.
        var id = "ind" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(activityKey)))[..17].ToLowerInvariant();
        if (await store.GetAsync(id, ct) is { } existing)
        {
            return await ViewAsync(existing.Submission, ct);
        }

        var submission = new SubmissionRecord(
            id, chosen.SteeringGroupId, chosen.ServiceId, chosen.ServiceName, text.Value.Title, text.Value.Description, amount,
            person.AadObjectId, person.Name, organisation?.Name ?? person.OrganisationId, now, SubmissionStatus.Submitted);
        await store.CreateAsync(submission, new AuditEvent("submitted", "submitted", person.AadObjectId, now, null, submission.Title), ct);
        await RecordAsync(submission, ct);
        return await ViewAsync(submission, ct);
    }

    public Task<SubmissionRecord?> AttachCardAsync(string id, CardLocation card, CancellationToken ct) =>
        MutateAsync(id, "card-posted", "bot", card.ActivityId, s => s with { Card = card }, ct);

    /// <summary>One support per coöperant; a second click (or a redelivery) changes nothing.</summary>
    public async Task<Result<(SubmissionView View, bool Added)>> SupportAsync(string? id, Actor actor, string activityKey, CancellationToken ct)
    {
        var found = id is null ? null : await store.GetAsync(id, ct);
        if (found is null)
        {
            return NotFound;
        }

        var submission = found.Value.Submission;
        var person = actor.AadObjectId is null ? null : await directory.FindPersonAsync(actor.AadObjectId, ct);
        if (person is null || !(await directory.GetCooperantsAsync(submission.SteeringGroupId, ct)).Any(o => o.Id == person.OrganisationId))
        {
            return NotACooperant;
        }

        var now = clock.GetUtcNow();
        var added = await store.AddSupportAsync(submission.Id, person.AadObjectId, new AuditEvent($"support|{person.AadObjectId}", "support", person.AadObjectId, now, null, null), ct);
        return (await ViewAsync(submission, ct), added);
    }

    /// <summary>
    /// The chair's triage. Taking up creates the decision through <see cref="IDecisionCreator"/> (as a stuurgroep proposal
    /// or a consultation); the submission then points to it. Checked server-side: chair, product manager or community manager.
    /// </summary>
    public async Task<Result<(SubmissionView View, DecisionSummary? Poll)>> TriageAsync(
        string? id, Actor actor, SubmissionStatus next, Audience audience, string? message, string activityKey, CancellationToken ct)
    {
        var found = id is null ? null : await store.GetAsync(id, ct);
        if (found is null)
        {
            return NotFound;
        }

        var submission = found.Value.Submission;
        var now = clock.GetUtcNow();
        if (!await eligibility.CanManageDecisionsAsync(submission.SteeringGroupId, actor.AadObjectId, now, ct))
        {
            return OnlyManagers;
        }

        // The step is claimed under the submission's ETag first, so two chairs clicking at once take it up once, not twice.
        var claimed = await ClaimStepAsync(submission.Id, next, message, actor.AadObjectId ?? "onbekend", activityKey, now, ct);
        if (!claimed.IsSuccess)
        {
            return claimed.Rejection;
        }

        var updated = claimed.Value;
        DecisionSummary? poll = null;
        if (next == SubmissionStatus.TakenUp)
        {
            var request = new CreatePollRequest(updated.SteeringGroupId, actor, PollKinds.Proposal.Id, updated.Title, updated.Description, [], null, activityKey)
            {
                Settings = PollSettings.Default with { Audience = audience },
                AmountText = updated.Amount?.ToString(),
            };
            var created = await decisions.CreateAsync(request, ct);
            if (!created.IsSuccess)
            {
                return created.Rejection;
            }

            poll = created.Value;
            updated = await MutateAsync(updated.Id, "poll-created", "bot", poll!.Id, s => s with { PollId = poll.Id }, ct) ?? updated with { PollId = poll.Id };
        }

        await RecordAsync(updated, ct);
        return (await ViewAsync(updated, ct), poll);
    }

    public async Task<SubmissionView?> FindAsync(string id, CancellationToken ct) =>
        await store.GetAsync(id, ct) is { } found ? await ViewAsync(found.Submission, ct) : null;

    public Task<IReadOnlyList<AuditEvent>> GetHistoryAsync(string id, CancellationToken ct) => store.GetHistoryAsync(id, ct);

    private async Task<SubmissionView> ViewAsync(SubmissionRecord submission, CancellationToken ct)
    {
        var group = await directory.FindSteeringGroupAsync(submission.SteeringGroupId, ct);
        return new SubmissionView(submission, await store.CountSupportersAsync(submission.Id, ct), group?.Name ?? submission.SteeringGroupId);
    }

    // The register shows each submission once, with its latest step (re-recording replaces the row).
    private Task RecordAsync(SubmissionRecord s, CancellationToken ct) => register.RecordAsync(
        new RegisterRow(
            s.SteeringGroupId, s.Id, RegisterKind, s.Title, s.SubmittedAt, s.DecidedAt, SubmissionTexts.Status(s.Status),
            SubmissionTexts.Outcome(s), 0, 0, s.Amount?.Cents, false, false, s.ChairMessage),
        ct);

    private async Task<Result<SubmissionRecord>> ClaimStepAsync(
        string id, SubmissionStatus next, string? message, string actor, string activityKey, DateTimeOffset now, CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxConcurrencyRetries; attempt++)
        {
            if (await store.GetAsync(id, ct) is not { } found)
            {
                return NotFound;
            }

            var step = SubmissionRules.Triage(found.Submission.Status, next, message);
            if (!step.IsSuccess)
            {
                return step.Rejection;
            }

            var claimed = found.Submission with
            {
                Status = step.Value,
                ChairMessage = next == SubmissionStatus.TakenUp ? null : message?.Trim(),
                DecidedAt = next == SubmissionStatus.MoreInfoRequested ? null : now,
            };
            var evt = new AuditEvent($"{next}|{activityKey}", next.ToString(), actor, now, found.Submission.Status.ToString(), claimed.Status.ToString(), claimed.ChairMessage);
            if (await store.TryUpdateAsync(claimed, found.ETag, evt, ct))
            {
                return claimed;
            }
        }

        return Result<SubmissionRecord>.Fail("indiening.druk", SubmissionTexts.Busy);
    }

    private async Task<SubmissionRecord?> MutateAsync(string id, string eventType, string actor, string eventKey, Func<SubmissionRecord, SubmissionRecord> change, CancellationToken ct)
    {
        for (var attempt = 0; attempt < MaxConcurrencyRetries; attempt++)
        {
            if (await store.GetAsync(id, ct) is not { } found)
            {
                return null;
            }

            var next = change(found.Submission);
            var evt = new AuditEvent($"{eventType}|{eventKey}", eventType, actor, clock.GetUtcNow(), found.Submission.Status.ToString(), next.Status.ToString(), next.ChairMessage);
            if (await store.TryUpdateAsync(next, found.ETag, evt, ct))
            {
                return next;
            }
        }

        return (await store.GetAsync(id, ct))?.Submission;
    }
}
