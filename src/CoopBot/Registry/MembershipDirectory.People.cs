using Azure.Data.Tables;
using CoopBot.Domain.Escalation;
using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using CoopBot.Storage;

namespace CoopBot.Registry;

/// <summary>Organisations, persons, bodies and the community manager: point reads or one-partition queries.</summary>
internal sealed partial class MembershipDirectory
{
    public async Task<Person?> FindPersonAsync(string aadObjectId, CancellationToken ct) =>
        (await FindContactAsync(aadObjectId, ct))?.Person;

    public async Task<PersonContact?> FindContactAsync(string aadObjectId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return null;
        }

        var entity = await GetAsync(RegistryEntities.PersonPartition, RegistryEntities.PersonKey(aadObjectId), ct);
        return entity is null ? null : RegistryEntities.ToContact(entity);
    }

    public async Task<Organisation?> FindOrganisationAsync(string organisationId, CancellationToken ct)
    {
        var entity = await FindOrganisationEntityAsync(organisationId, ct);
        return entity is null ? null : RegistryEntities.ToOrganisation(entity);
    }

    public async Task<ConversationTarget?> GetOrganisationConversationAsync(string organisationId, CancellationToken ct)
    {
        var entity = await FindOrganisationEntityAsync(organisationId, ct);
        return entity is null ? null : RegistryEntities.ToTarget(entity);
    }

    public async Task<IReadOnlyList<Organisation>> GetOrganisationsAsync(CancellationToken ct) =>
        await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {RegistryEntities.OrganisationPartition}"), RegistryEntities.ToOrganisation, ct);

    public async Task<IReadOnlyList<Organisation>> GetCooperantsAsync(string steeringGroupId, CancellationToken ct)
    {
        var services = (await GetServicesAsync(steeringGroupId, ct)).Select(s => s.Id).ToList();
        var organisations = await GetOrganisationsAsync(ct);
        return organisations.Where(o => o.IsCooperantOfAny(services)).ToList();
    }

    public async Task<IReadOnlyList<RegistryService>> GetServicesAsync(string steeringGroupId, CancellationToken ct) =>
        await QueryAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {RegistryEntities.ServicePartition} and SteeringGroupId eq {steeringGroupId}"),
            RegistryEntities.ToService,
            ct);

    public async Task<IReadOnlyList<WorkingGroup>> GetWorkingGroupsAsync(string steeringGroupId, CancellationToken ct) =>
        await QueryAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {RegistryEntities.WorkingGroupPartition} and SteeringGroupId eq {steeringGroupId}"),
            RegistryEntities.ToWorkingGroup,
            ct);

    public async Task<IReadOnlyList<PersonContact>> GetRepresentativesAsync(string organisationId, CancellationToken ct) =>
        await QueryAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {RegistryEntities.PersonPartition} and OrganisationId eq {organisationId}"),
            RegistryEntities.ToContact,
            ct);

    public async Task<IReadOnlyList<MemberSeat>> GetSeatsOfPersonAsync(string aadObjectId, CancellationToken ct)
    {
        // Seat rows are keyed by the AAD object id as stored; compare case-insensitively like the vote check does.
        var seats = await QueryAsync(
            TableClient.CreateQueryFilter(
                $"PartitionKey ge {RegistryEntities.SeatPartitionPrefix} and PartitionKey lt {RegistryEntities.SeatPartitionEnd}"),
            e => RegistryEntities.ToSeat(e.PartitionKey[RegistryEntities.SeatPartitionPrefix.Length..], e),
            ct);
        return seats.Where(s => string.Equals(s.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    public async Task<GoverningBodyContact?> GetBodyAsync(ConfirmingBody body, CancellationToken ct)
    {
        var entity = await GetAsync(RegistryEntities.BodyPartition, body.ToString(), ct);
        if (entity is null)
        {
            return null;
        }

        var (name, memberIds, conversation) = RegistryEntities.ToBody(entity);
        var members = new List<PersonContact>();
        foreach (var id in memberIds)
        {
            members.Add(await FindContactAsync(id, ct) ?? Unknown(id));
        }

        return new GoverningBodyContact(body, name, members, conversation);
    }

    public async Task<CommunityManagerContact?> GetCommunityManagerAsync(CancellationToken ct)
    {
        var entity = await GetAsync(RegistryEntities.CommunityManagerPartition, RegistryEntities.CommunityManagerRowKey, ct);
        if (entity?.GetString("PersonId") is not { Length: > 0 } personId)
        {
            return null;
        }

        var person = await FindContactAsync(personId, ct) ?? Unknown(personId);
        return new CommunityManagerContact(person, RegistryEntities.ToTarget(entity));
    }

    // A body member or community manager without a person row still counts (by id); the registry import requires the row.
    private static PersonContact Unknown(string aadObjectId) => new(new Person(aadObjectId, aadObjectId, string.Empty, string.Empty), null);

    private Task<TableEntity?> FindOrganisationEntityAsync(string organisationId, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(organisationId)
            ? Task.FromResult<TableEntity?>(null)
            : GetAsync(RegistryEntities.OrganisationPartition, TableKey.Encode(organisationId), ct);

    private async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(RegistryEntities.TableName, ct);
        return await table.GetEntityOrNullAsync(partitionKey, rowKey, cancellationToken: ct);
    }

    private async Task<List<T>> QueryAsync<T>(string filter, Func<TableEntity, T> map, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(RegistryEntities.TableName, ct);
        var items = new List<T>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            items.Add(map(entity));
        }

        return items;
    }
}
