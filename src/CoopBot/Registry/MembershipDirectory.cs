using Azure.Data.Tables;
using CoopBot.Registry.Contracts;
using CoopBot.Storage;
using Microsoft.Extensions.Options;

namespace CoopBot.Registry;

/// <summary>Table-backed registry reads with a short cache; eligibility is still decided per vote from these seats.</summary>
internal sealed partial class MembershipDirectory(
    ITableClientProvider tables, SeatCache seatCache, TimeProvider clock, IOptions<RegistryOptions> options) : IMembershipDirectory
{
    public async Task<SteeringGroup?> FindSteeringGroupAsync(string steeringGroupId, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(RegistryEntities.TableName, ct);
        var entity = await table.GetEntityOrNullAsync(RegistryEntities.SteeringGroupPartition, steeringGroupId, cancellationToken: ct);
        return entity is null ? null : RegistryEntities.ToSteeringGroup(entity);
    }

    public async Task<SteeringGroup?> FindByTeamAsync(string? teamId, string? channelId, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(RegistryEntities.TableName, ct);
        foreach (var id in new[] { channelId, teamId }.Where(id => !string.IsNullOrEmpty(id)).Distinct())
        {
            var index = await table.GetEntityOrNullAsync(RegistryEntities.TeamPartition, TableKey.EncodeOrNull(id), cancellationToken: ct);
            if (index?.GetString("SteeringGroupId") is { } groupId)
            {
                return await FindSteeringGroupAsync(groupId, ct);
            }
        }

        return null;
    }

    public async Task<IReadOnlyList<MemberSeat>> GetSeatsAsync(string steeringGroupId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (seatCache.TryGet(steeringGroupId, now, options.Value.SeatCacheDuration, out var cached))
        {
            return cached;
        }

        var table = await tables.GetTableAsync(RegistryEntities.TableName, ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RegistryEntities.SeatPartition(steeringGroupId)}");
        var seats = new List<MemberSeat>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            seats.Add(RegistryEntities.ToSeat(steeringGroupId, entity));
        }

        seatCache.Set(steeringGroupId, now, seats);
        return seats;
    }

    public async Task<IReadOnlyList<SteeringGroup>> GetSteeringGroupsAsync(CancellationToken ct)
    {
        var table = await tables.GetTableAsync(RegistryEntities.TableName, ct);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {RegistryEntities.SteeringGroupPartition}");
        var groups = new List<SteeringGroup>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            groups.Add(RegistryEntities.ToSteeringGroup(entity));
        }

        return groups;
    }
}
