using Azure;
using Azure.Data.Tables;
using CoopBot.Domain.Escalation;
using CoopBot.Domain.Registry;
using CoopBot.Jobs.Contracts;
using CoopBot.Registry.Contracts;
using CoopBot.Storage;
using SteeringGroup = CoopBot.Registry.Contracts.SteeringGroup;

namespace CoopBot.Registry;

/// <summary>
/// The one place that writes registry rows (demo seed, CSV import, team linking). Upserts with Replace, so writing the same
/// data again changes nothing; rows of one partition go in batches of at most 100, each batch all-or-nothing.
/// </summary>
internal sealed class RegistryWriter(ITableClientProvider tables, SeatCache seatCache, IJobScheduler jobs)
{
    public async Task UpsertSteeringGroupAsync(SteeringGroup group, IEnumerable<RegistryService> services, CancellationToken ct)
    {
        var rows = new List<TableEntity> { RegistryEntities.ToEntity(group) };
        rows.AddRange(services.Select(RegistryEntities.ToEntity));
        if (group.Teams is { } link)
        {
            rows.AddRange(new[] { link.TeamId, link.ChannelId }.Distinct().Select(id => RegistryEntities.ToTeamIndex(id, group.Id)));
        }

        await UpsertAsync(rows, ct);
    }

    /// <summary>Points the stuurgroep at a new team; the old team's index rows are removed so it no longer resolves.</summary>
    public async Task LinkTeamAsync(SteeringGroup before, SteeringGroup after, CancellationToken ct)
    {
        await UpsertSteeringGroupAsync(after, [], ct);
        if (before.Teams is { } old)
        {
            var table = await tables.GetTableAsync(RegistryEntities.TableName, ct);
            var current = new[] { after.Teams?.TeamId, after.Teams?.ChannelId };
            foreach (var id in new[] { old.TeamId, old.ChannelId }.Distinct().Where(id => !current.Contains(id)))
            {
                try
                {
                    await table.DeleteEntityAsync(RegistryEntities.TeamPartition, TableKey.Encode(id), Azure.ETag.All, ct);
                }
                catch (RequestFailedException ex) when (ex.Status == 404)
                {
                    // Already gone: an earlier link attempt removed it.
                }
            }
        }
    }

    public Task UpsertOrganisationsAsync(IEnumerable<(Organisation Organisation, ConversationTarget? Conversation)> organisations, CancellationToken ct) =>
        UpsertAsync(organisations.Select(o => RegistryEntities.ToEntity(o.Organisation, o.Conversation)), ct);

    public Task UpsertPersonsAsync(IEnumerable<PersonContact> persons, CancellationToken ct) =>
        UpsertAsync(persons.Select(RegistryEntities.ToEntity), ct);

    public async Task UpsertSeatsAsync(IEnumerable<MemberSeat> seats, CancellationToken ct)
    {
        var list = seats.ToList();
        await UpsertAsync(list.Select(RegistryEntities.ToEntity), ct);
        foreach (var groupId in list.Select(s => s.Seat.SteeringGroupId).Distinct())
        {
            seatCache.Invalidate(groupId);
        }

        // Deterministic key and due time: writing the same seat again schedules nothing new.
        foreach (var member in list)
        {
            await jobs.ScheduleAsync(TermNoticeJob.Type, TermNoticeJob.Key(member.Seat), TermRules.ExpiryNoticeAt(member.Seat), null, ct);
        }
    }

    public Task UpsertWorkingGroupsAsync(IEnumerable<WorkingGroup> groups, CancellationToken ct) =>
        UpsertAsync(groups.Select(RegistryEntities.ToEntity), ct);

    public Task UpsertBodyAsync(ConfirmingBody body, string name, IEnumerable<string> memberIds, ConversationTarget? conversation, CancellationToken ct) =>
        UpsertAsync([RegistryEntities.ToEntity(body, name, memberIds, conversation)], ct);

    public Task SetCommunityManagerAsync(string aadObjectId, ConversationTarget? conversation, CancellationToken ct) =>
        UpsertAsync([RegistryEntities.ToCommunityManager(aadObjectId, conversation)], ct);

    private async Task UpsertAsync(IEnumerable<TableEntity> rows, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(RegistryEntities.TableName, ct);
        foreach (var partition in rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var batch in partition.DistinctBy(r => r.RowKey, StringComparer.Ordinal).Chunk(100))
            {
                await table.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), ct);
            }
        }
    }
}
