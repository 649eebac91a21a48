using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions;
using CoopBot.Domain.Common;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Decisions.Contracts;

/// <summary>What a creation gate sees: the validated stuurgroep, the parsed request and the raw form data.</summary>
internal sealed record DecisionCreateContext(SteeringGroup SteeringGroup, CreatePollRequest Request, CreatePollData Data);

/// <summary>
/// A gate's answer before a decision opens: go ahead (possibly with a completed request, e.g. a fixed poll id or the
/// confidential flag), or hold the form back and show this card instead (e.g. the parsed amount to confirm).
/// </summary>
internal sealed record DecisionGateResult(CreatePollRequest? Proceed, AdaptiveCard? Hold)
{
    public static DecisionGateResult Continue(CreatePollRequest request) => new(request, null);

    public static DecisionGateResult Show(AdaptiveCard card) => new(null, card);
}

/// <summary>Runs around the creation of a decision; the escalation feature implements it. No implementation: decisions open at once.</summary>
internal interface IDecisionCreateGate
{
    Task<DecisionGateResult> BeforeCreateAsync(DecisionCreateContext context, CancellationToken ct);

    /// <summary>Called once the poll exists and is open; must be idempotent.</summary>
    Task AfterCreatedAsync(DecisionSummary poll, DecisionCreateContext context, CancellationToken ct);
}

/// <summary>Called when a decision was counted, before its result card replaces the decision card; must be idempotent.</summary>
public interface IDecisionOutcomeHook
{
    Task OnFinalizedAsync(DecisionSummary final, CancellationToken ct);
}

/// <summary>An extra server-side condition on a ballot (e.g. a valid NDA for confidential items); null allows it.</summary>
public interface IVoteGate
{
    Task<Rejection?> CheckVoteAsync(DecisionSummary poll, Actor voter, DateTimeOffset now, CancellationToken ct);
}

/// <summary>Whether a viewer may see a decision's details; when not, every card shows this gate's placeholder instead.</summary>
public interface IDecisionVisibility
{
    /// <summary>The card shown instead of the decision to a viewer this gate hides the details from.</summary>
    IDecisionPlaceholder Placeholder { get; }

    Task<bool> CanSeeDetailsAsync(DecisionSummary poll, string? viewerAadObjectId, DateTimeOffset now, CancellationToken ct);
}

/// <summary>
/// The card extension seam for a whole-card replacement: the feature that hides a decision's details (confidentiality)
/// builds what the viewer sees instead; decisions' cards call it and import nothing of that feature.
/// </summary>
public interface IDecisionPlaceholder
{
    AdaptiveCard Card(PlaceholderView view, string? notice, bool noticeIsError);
}

/// <summary>What a placeholder shows and refreshes: the decision, who gets the per-user refresh, and the time zone.</summary>
public sealed record PlaceholderView(DecisionSummary Decision, IReadOnlyList<string> RefreshUserIds, TimeZoneInfo TimeZone);

/// <summary>
/// Asked before a closed decision is reopened (after the chair's permission check) and told afterwards; the escalation
/// feature implements it. <see cref="OnReopenedAsync"/> must be idempotent per activity.
/// </summary>
public interface IDecisionReopenHook
{
    Task<Rejection?> CanReopenAsync(DecisionSummary poll, CancellationToken ct);

    Task OnReopenedAsync(DecisionSummary poll, Actor actor, string activityKey, CancellationToken ct);
}

/// <summary>An extra block on the decision card supplied by another feature (e.g. the escalation status of a proposal).</summary>
public sealed record DecisionStatusSection(string Title, IReadOnlyList<(string Label, string Value)> Facts);

/// <summary>Adds a status section to decision cards; the escalation feature implements it. No implementation means no section.</summary>
public interface IDecisionStatusSource
{
    Task<DecisionStatusSection?> GetSectionAsync(DecisionSummary poll, CancellationToken ct);

    /// <summary>The status for the decision register (e.g. "wacht op bevestiging"), or null to keep "Besloten".</summary>
    Task<string?> GetRegisterStatusAsync(DecisionSummary poll, CancellationToken ct);
}
