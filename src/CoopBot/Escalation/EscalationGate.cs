using CoopBot.Decisions.Contracts;
using CoopBot.Registry.Contracts;
using System.Globalization;
using CoopBot.Domain.Confidentiality;
using CoopBot.Domain.Decisions;
using CoopBot.Registry;

namespace CoopBot.Escalation;

/// <summary>
/// The escalation feature's seams into the decisions engine: a proposal with an amount first shows the parsed amount, its
/// tier and the budget check (the vote opens only after the chair confirms, and acknowledges an overrun); the poll then
/// opens with its escalation in Stemming, and the counted vote moves the escalation on.
/// </summary>
internal sealed class EscalationGate(EscalationService escalation, IVoterEligibility eligibility, TimeProvider clock, IDecisionLookup decisions, IDecisionRefresh refresh)
    : IDecisionCreateGate, IDecisionOutcomeHook
{
    public async Task<DecisionGateResult> BeforeCreateAsync(DecisionCreateContext context, CancellationToken ct)
    {
        var data = context.Data;
        var request = context.Request with { Confidential = IsOn(data.Confidential) && context.Request.KindId == PollKinds.Proposal.Id };
        // Checked before any escalation row is drafted, so a refused consultation writes nothing.
        if (ConfidentialItems.CanOpenConsultation(request.Confidential && request.Settings.Audience == Audience.Cooperants) is { } noConsultation)
        {
            return DecisionGateResult.Show(DecisionFormCards.Create(DecisionForms.Proposal, context.SteeringGroup.Id, context.SteeringGroup.Name, FormDate(data), noConsultation.Message, data));
        }

        if (string.IsNullOrWhiteSpace(data.Amount) || request.KindId != PollKinds.Proposal.Id)
        {
            return DecisionGateResult.Continue(request);
        }

        var preview = await escalation.PreviewAsync(context.SteeringGroup.Id, data.Amount, data.CommitmentKind, ct);
        if (!preview.IsSuccess)
        {
            // An unreadable amount is refused by the decision service itself, on the form, with the parser's explanation.
            return preview.Rejection == EscalationTexts.KindRequired
                ? DecisionGateResult.Show(DecisionFormCards.Create(DecisionForms.Proposal, context.SteeringGroup.Id, context.SteeringGroup.Name, FormDate(data), preview.Rejection.Message, data))
                : DecisionGateResult.Continue(request);
        }

        if (!IsOn(data.Confirmed))
        {
            return DecisionGateResult.Show(EscalationCards.Preview(context.SteeringGroup, data, preview.Value, request.Confidential));
        }

        // Only a manager may open the vote; the decision service refuses the others with its own message.
        if (!await eligibility.CanManageDecisionsAsync(context.SteeringGroup.Id, request.Creator.AadObjectId, clock.GetUtcNow(), ct))
        {
            return DecisionGateResult.Continue(request);
        }

        var pollId = Guid.NewGuid().ToString("N")[..20];
        var draft = await escalation.DraftAsync(pollId, context.SteeringGroup.Id, preview.Value, request.Confidential, IsOn(data.BudgetAcknowledged), request.Creator, request.ActivityKey, ct);
        return draft.IsSuccess
            ? DecisionGateResult.Continue(request with { PollId = pollId })
            : DecisionGateResult.Show(EscalationCards.Preview(context.SteeringGroup, data, preview.Value, request.Confidential, draft.Rejection.Message));
    }

    public async Task AfterCreatedAsync(DecisionSummary poll, DecisionCreateContext context, CancellationToken ct)
    {
        if (poll.Definition.Amount is not null && await escalation.FindAsync(poll.Id, ct) is not null)
        {
            await escalation.OpenAsync(poll.Id, context.Request.Creator, context.Request.ActivityKey, ct);
        }
    }

    public async Task OnFinalizedAsync(DecisionSummary final, CancellationToken ct)
    {
        if (final.Definition.Amount is not null)
        {
            await escalation.RecordVoteAsync(final, ct);
            await refresh.UpdateRegisterAsync(final.Id, ct); // the register shows "wacht op bevestiging", "definitief", …
        }
    }

    private DateOnly FormDate(CreatePollData data) =>
        DateOnly.TryParseExact(data.ClosesDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), decisions.TimeZone).Date).AddDays((int)PollKinds.Proposal.DefaultDuration.TotalDays);

    private static bool IsOn(string? toggle) => string.Equals(toggle, "true", StringComparison.OrdinalIgnoreCase);
}
