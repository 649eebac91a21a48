using CoopBot.Decisions.Contracts;
using CoopBot.Escalation.Contracts;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Tab;

/// <summary>One line of a decision's audit trail as the page shows it: when, what, and who by name.</summary>
internal sealed record AuditLine(DateTimeOffset At, string Type, string Actor);

/// <summary>Everything the decision page shows, already cut to what this viewer may see.</summary>
internal sealed record DecisionDetails(
    DecisionDetail Decision,
    RegisterAccess Access,
    bool DetailsHidden,
    EscalationSummary? Escalation,
    IReadOnlyList<EscalationStep> EscalationTimeline,
    IReadOnlyList<DecisionComment> Comments,
    IReadOnlyList<AuditLine> Audit);

/// <summary>
/// The decision page from the decisions reader and the escalation service. Visibility rules are theirs: the NDA gate
/// (details), the card's results rule (<see cref="DecisionDetail.ResultsVisible"/>), and anonymous decisions, whose
/// audit events carry no choice: the page never lists ballots, only counts.
/// </summary>
internal sealed class TabDecisionPage(
    TabRegister register, IDecisionReader decisions, IEscalationOverview escalations, IMembershipDirectory directory, DecisionResolver resolver)
{
    /// <summary>The page of a decision named by its id or its reference (<c>/tab/besluiten/BI-2026-014</c>).</summary>
    public async Task<DecisionDetails?> BuildAsync(TabViewer viewer, string idOrReference, CancellationToken ct)
    {
        var pollId = await resolver.ResolveAsync(idOrReference, ct) ?? idOrReference;
        if (await register.FindAsync(viewer, pollId, ct) is not { } found
            || await decisions.GetDetailAsync(pollId, viewer.Id, viewer.Person.Name, ct) is not { } decision)
        {
            return null;
        }

        var hidden = decision.DetailsHidden || (found.Poll.Confidential && !found.Access.SeesConfidentialDetails);
        var escalation = await escalations.FindAsync(pollId, ct);
        var timeline = escalation is null ? [] : await escalations.GetHistoryAsync(pollId, ct);
        var comments = hidden ? [] : await decisions.GetCommentsAsync(pollId, ct);
        var audit = new List<AuditLine>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var evt in (await decisions.GetHistoryAsync(pollId, ct)).OrderBy(e => e.At))
        {
            audit.Add(new AuditLine(evt.At, evt.Type, await NameAsync(evt.ActorId, names, ct)));
        }

        return new DecisionDetails(decision, found.Access, hidden, escalation, timeline, comments, audit);
    }

    private async Task<string> NameAsync(string actor, Dictionary<string, string> names, CancellationToken ct)
    {
        if (!names.TryGetValue(actor, out var name))
        {
            name = (await directory.FindPersonAsync(actor, ct))?.Name ?? actor;
            names[actor] = name;
        }

        return name;
    }
}
