using Azure.Data.Tables;
using CoopBot.Domain.Common;
using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using CoopBot.Storage;
using SteeringGroup = CoopBot.Registry.Contracts.SteeringGroup;

namespace CoopBot.Registry;

/// <summary>A team the bot was added to, as recorded from the validated install activity.</summary>
internal sealed record TeamInstall(string TeamId, string? TeamName, string ChannelId, string ServiceUrl, string? TenantId, string? AadGroupId);

/// <summary>
/// Install records (partition "install" of the registry table) and linking a team to a stuurgroep. Only the chair of that
/// stuurgroep or the community manager may link (RegistryPermissions), checked here, never from card data.
/// </summary>
internal sealed class TeamLinks(ITableClientProvider tables, IMembershipDirectory directory, RegistryQueries queries, RegistryWriter writer, TimeProvider clock)
{
    private const string InstallPartition = "install";

    public async Task RecordAsync(TeamInstall install, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(RegistryEntities.TableName, ct);
        await table.UpsertEntityAsync(
            new TableEntity(InstallPartition, TableKey.Encode(install.TeamId))
            {
                ["TeamName"] = install.TeamName,
                ["ChannelId"] = install.ChannelId,
                ["ServiceUrl"] = install.ServiceUrl,
                ["TenantId"] = install.TenantId,
                ["AadGroupId"] = install.AadGroupId,
            },
            TableUpdateMode.Replace,
            ct);
    }

    public async Task<TeamInstall?> FindAsync(string teamId, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(RegistryEntities.TableName, ct);
        var e = await table.GetEntityOrNullAsync(InstallPartition, TableKey.EncodeOrNull(teamId), cancellationToken: ct);
        return e is null
            ? null
            : new TeamInstall(teamId, e.GetString("TeamName"), e.GetString("ChannelId") ?? teamId, e.GetString("ServiceUrl") ?? string.Empty, e.GetString("TenantId"), e.GetString("AadGroupId"));
    }

    /// <summary>Links the installed team to the stuurgroep when <paramref name="aadObjectId"/> may do so.</summary>
    public async Task<Result<SteeringGroup>> LinkAsync(TeamInstall install, string? steeringGroupId, string? aadObjectId, CancellationToken ct)
    {
        var group = string.IsNullOrWhiteSpace(steeringGroupId) ? null : await directory.FindSteeringGroupAsync(steeringGroupId, ct);
        if (group is null)
        {
            return Result<SteeringGroup>.Fail("samenstelling.onbekend", RegistryTexts.UnknownSteeringGroup);
        }

        var seats = (await directory.GetSeatsAsync(group.Id, ct)).Select(s => s.Seat);
        var allowed = RegistryPermissions.CanLinkTeam(aadObjectId ?? string.Empty, group.Id, seats, await queries.IsCommunityManagerAsync(aadObjectId, ct), clock.GetUtcNow());
        if (!allowed.IsSuccess)
        {
            return Result<SteeringGroup>.Fail(allowed.Rejection);
        }

        // Authorized: only now the install (if the link card was the first activity seen from this team) is recorded.
        await RecordAsync(install, ct);
        var linked = group with { Teams = new TeamsLink(install.TeamId, install.ChannelId, install.ServiceUrl, install.TenantId, install.AadGroupId) };
        await writer.LinkTeamAsync(group, linked, ct);
        return linked;
    }
}
