using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Common;
using CoopBot.Domain.Confidentiality;
using CoopBot.Domain.Decisions;
using CoopBot.Protocol.Hosting;
using CoopBot.Registry.Contracts;

namespace CoopBot.Decisions;

/// <summary>
/// Opens a new decision: the creator may manage decisions, every field passes the domain, it gets its reference and its
/// deadline jobs (<see cref="IDecisionCreator"/> for other features). Never builds cards.
/// </summary>
internal sealed class DecisionCreation(
    DecisionStore store,
    DecisionReferences references,
    IVoterEligibility eligibility,
    DecisionDeadlines deadlines,
    DecisionCardPoster poster,
    DecisionLookup lookup,
    TimeProvider clock) : IDecisionCreator
{
    public async Task<Result<DecisionSummary>> CreateAsync(CreatePollRequest request, CancellationToken ct)
    {
        var created = await CreatePollAsync(request, ct);
        return created.IsSuccess ? created.Value.ToSummary() : created.Rejection;
    }

    public Task PostCardAsync(TurnContext turn, string pollId, CancellationToken ct) => poster.PostAsync(turn, pollId, ct);

    public async Task<Result<PollRecord>> CreatePollAsync(CreatePollRequest request, CancellationToken ct)
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
        var reference = await references.AllocateAsync(request.SteeringGroupId, pollId, TimeZoneInfo.ConvertTime(now, lookup.TimeZone).Year, ct);
        var poll = new PollRecord(
            pollId, request.SteeringGroupId, definition.Value, state.Value, request.Creator.AadObjectId!, request.Creator.Name, now, null, null)
        {
            Confidential = request.Confidential,
            BallotKey = definition.Value.Settings.Anonymous ? BallotSeal.NewKey() : null,
            Reference = reference.ToString(),
        };
        await store.CreateAsync(poll, new AuditEvent(request.ActivityKey, AuditEventTypes.Created, request.Creator.AadObjectId!, now, null, poll.Definition.Title), ct);
        await deadlines.ScheduleAsync(poll, ct);
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

    private static string NewPollId() => Guid.NewGuid().ToString("N")[..20];
}
