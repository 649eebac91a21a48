using CoopBot.Confidentiality.Contracts;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Escalation;
using CoopBot.Domain.Registry;
using SteeringGroup = CoopBot.Registry.Contracts.SteeringGroup;
using CoopBot.Escalation.Contracts;
using CoopBot.FaqChat.Contracts;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Tab;

internal sealed record OverviewGroup(string Id, string Name, SeatRole Role, DateTimeOffset TermEnd, bool Active, bool Ratified, bool NdaValid, string NdaStatus);

internal sealed record OverviewVote(string PollId, string Title, string GroupName, DateTimeOffset ClosesAt, string? TeamsLink);

internal sealed record OverviewConfirmation(string PollId, string Title, string GroupName, string Amount, IReadOnlyList<ConfirmingBody> MyBodies);

internal sealed record Overview(
    IReadOnlyList<OverviewGroup> Groups, IReadOnlyList<OverviewVote> Votes, IReadOnlyList<OverviewConfirmation> Confirmations, IReadOnlyList<TicketSummary> Tickets);

/// <summary>The personal Overzicht, built from the registry, decisions, escalation, NDA and FAQ services.</summary>
internal sealed class TabOverview(
    IMembershipDirectory directory, IRegistryViews queries, IDecisionReader decisions, IEscalationOverview escalations, INdaClearance ndas, IFaqTickets tickets,
    TimeProvider clock)
{
    public async Task<Overview> BuildAsync(TabViewer viewer, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var groups = (await directory.GetSteeringGroupsAsync(ct)).ToDictionary(g => g.Id, StringComparer.Ordinal);
        var votes = await queries.OpenVotesAsync(viewer.Id, now, ct);
        var lines = new List<OverviewGroup>();
        foreach (var seat in viewer.Seats.Where(s => s.Seat.TermEnd > now).Select(s => s.Seat))
        {
            var nda = await ndas.ClearanceAsync(seat.SteeringGroupId, viewer.Id, now, ct);
            lines.Add(new OverviewGroup(
                seat.SteeringGroupId, NameOf(groups, seat.SteeringGroupId), seat.Role, seat.TermEnd, TermRules.IsActive(seat, now), seat.RatifiedOn is not null,
                nda.IsSuccess, nda.IsSuccess ? TabTexts.NdaValid : nda.Rejection.Message));
        }

        var voteLines = new List<OverviewVote>();
        foreach (var (groupName, vote) in votes)
        {
            var poll = await decisions.FindAsync(vote.PollId, ct);
            voteLines.Add(new OverviewVote(vote.PollId, vote.Title, groupName, vote.ClosesAt, poll?.Card is { } card ? TeamsDeepLinks.Message(card) : null));
        }

        return new Overview(lines, voteLines, await ConfirmationsAsync(viewer, groups, now, ct), await tickets.AskedByAsync(viewer.Id, ct));
    }

    private async Task<IReadOnlyList<OverviewConfirmation>> ConfirmationsAsync(
        TabViewer viewer, Dictionary<string, SteeringGroup> groups, DateTimeOffset now, CancellationToken ct)
    {
        if (viewer.Bodies.Count == 0)
        {
            return [];
        }

        var waiting = new List<OverviewConfirmation>();
        foreach (var record in await escalations.ListAsync(null, ct))
        {
            var mine = record.State.Pending.Intersect(viewer.Bodies).ToList();
            if (record.State.Status != EscalationStatus.GoedgekeurdWachtOpBevestiging || mine.Count == 0)
            {
                continue;
            }

            var poll = await decisions.FindAsync(record.PollId, ct);
            var visible = poll is not null && (!record.Confidential || (await ndas.ClearanceAsync(record.SteeringGroupId, viewer.Id, now, ct)).IsSuccess);
            waiting.Add(new OverviewConfirmation(
                record.PollId, visible ? poll!.Title : TabTexts.ConfidentialTitle, NameOf(groups, record.SteeringGroupId),
                visible ? TabTimeZone.Amount(record.State.Amount) : TabTexts.ConfidentialAmount, mine));
        }

        return waiting;
    }

    private static string NameOf(Dictionary<string, SteeringGroup> groups, string id) => groups.TryGetValue(id, out var group) ? group.Name : id;
}
