using CoopBot.Common;
using CoopBot.Protocol.Hosting;
using CoopBot.Registry.Contracts;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Registry;

/// <summary>Thin handlers of "wie zit in de stuurgroep", "mijn stuurgroepen" and "samenstelling".</summary>
internal sealed class RegistryHandlers(RegistryQueries queries, IDecisionLookup decisions, TimeProvider clock)
{
    /// <summary>In a stuurgroep channel: that group; with a name after the command: that group; otherwise all groups.</summary>
    public async Task WhoIsInAsync(TurnContext turn, string arguments, CancellationToken ct)
    {
        var groups = await ResolveAsync(turn, arguments, ct);
        if (groups.Count == 0)
        {
            groups = await queries.ResolveAllAsync(ct);
        }

        await turn.SendCardAsync(RegistryCards.Members(await queries.MembersAsync(groups, ct), decisions.TimeZone), ct);
    }

    public async Task MyGroupsAsync(TurnContext turn, string arguments, CancellationToken ct)
    {
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } aadObjectId)
        {
            await turn.SendActivityAsync(RegistryTexts.UnknownPerson, ct);
            return;
        }

        var (seats, votes) = await queries.MyGroupsAsync(aadObjectId, clock.GetUtcNow(), ct);
        await turn.SendCardAsync(RegistryCards.MyGroups(seats, votes, decisions.TimeZone), ct);
    }

    /// <summary>Chair of the group (or of the named / linked group) and the community manager only; checked server-side.</summary>
    public async Task CompositionAsync(TurnContext turn, string arguments, CancellationToken ct)
    {
        var groups = await ResolveAsync(turn, arguments, ct);
        var reports = await queries.CompositionAsync(turn.Activity.From?.AadObjectId ?? string.Empty, groups, clock.GetUtcNow(), ct);
        if (!reports.IsSuccess)
        {
            await turn.SendActivityAsync(reports.Rejection.Message, ct);
            return;
        }

        await turn.SendCardAsync(RegistryCards.Composition(reports.Value), ct);
    }

    private Task<IReadOnlyList<SteeringGroup>> ResolveAsync(TurnContext turn, string arguments, CancellationToken ct)
    {
        var channelData = turn.Activity.GetTeamsChannelData();
        return queries.ResolveAsync(arguments, channelData.Team?.Id, channelData.Channel?.Id, ct);
    }
}
