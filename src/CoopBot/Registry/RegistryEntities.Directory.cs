using Azure.Data.Tables;
using CoopBot.Domain.Escalation;
using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using CoopBot.Storage;

namespace CoopBot.Registry;

/// <summary>
/// Rows for organisations ("org"), persons ("person", RowKey = lower-case AAD object id), services ("svc"),
/// werkgroepen ("wg"), confirming bodies ("body") and the community manager ("cm"). Each is small and read whole,
/// so one partition per kind keeps every list a single partition query.
/// </summary>
internal static partial class RegistryEntities
{
    public const string OrganisationPartition = "org";
    public const string PersonPartition = "person";
    public const string ServicePartition = "svc";
    public const string WorkingGroupPartition = "wg";
    public const string BodyPartition = "body";
    public const string CommunityManagerPartition = "cm";
    public const string CommunityManagerRowKey = "community-manager";

    /// <summary>Every seat partition starts with this; '}' sorts right after '|', so [prefix, "seats}") is all seats.</summary>
    public const string SeatPartitionPrefix = "seats|";
    public const string SeatPartitionEnd = "seats}";

    public static string PersonKey(string aadObjectId) => TableKey.Encode(aadObjectId.Trim().ToLowerInvariant());

    public static TableEntity ToEntity(Organisation o, ConversationTarget? conversation) => WithTarget(
        new TableEntity(OrganisationPartition, TableKey.Encode(o.Id))
        {
            ["Name"] = o.Name,
            ["Kind"] = o.Kind.ToString(),
            ["Province"] = o.Province.ToString(),
            ["Size"] = o.Size.ToString(),
            ["IsRegional"] = o.IsRegional,
            ["IsPilot"] = o.IsPilot,
            ["Services"] = string.Join('\n', o.Services.Order(StringComparer.Ordinal)),
        },
        conversation);

    public static Organisation ToOrganisation(TableEntity e) => new(
        TableKey.Decode(e.RowKey),
        e.GetString("Name") ?? e.RowKey,
        Enum.TryParse<OrganisationKind>(e.GetString("Kind"), out var kind) ? kind : OrganisationKind.Bibliotheek,
        Enum.TryParse<Province>(e.GetString("Province"), out var province) ? province : Province.Brussel,
        Enum.TryParse<SizeClass>(e.GetString("Size"), out var size) ? size : SizeClass.Klein,
        e.GetBoolean("IsRegional") ?? false,
        e.GetBoolean("IsPilot") ?? false,
        Lines(e.GetString("Services")).ToHashSet(StringComparer.Ordinal));

    public static TableEntity ToEntity(PersonContact contact) => new(PersonPartition, PersonKey(contact.Person.AadObjectId))
    {
        ["AadObjectId"] = contact.Person.AadObjectId,
        ["Name"] = contact.Person.Name,
        ["Email"] = contact.Person.Email,
        ["OrganisationId"] = contact.Person.OrganisationId,
        ["TeamsUserId"] = contact.TeamsUserId,
    };

    public static PersonContact ToContact(TableEntity e) => new(
        new Person(
            e.GetString("AadObjectId") ?? TableKey.Decode(e.RowKey),
            e.GetString("Name") ?? string.Empty,
            e.GetString("Email") ?? string.Empty,
            e.GetString("OrganisationId") ?? string.Empty),
        e.GetString("TeamsUserId"));

    public static TableEntity ToEntity(RegistryService service) => new(ServicePartition, TableKey.Encode(service.Id))
    {
        ["Name"] = service.Name,
        ["SteeringGroupId"] = service.SteeringGroupId,
        ["IsPlanned"] = service.IsPlanned,
    };

    public static RegistryService ToService(TableEntity e) => new(
        TableKey.Decode(e.RowKey), e.GetString("Name") ?? e.RowKey, e.GetString("SteeringGroupId") ?? string.Empty, e.GetBoolean("IsPlanned") ?? false);

    public static TableEntity ToEntity(WorkingGroup group) => new(WorkingGroupPartition, TableKey.Encode(group.Id))
    {
        ["Name"] = group.Name,
        ["SteeringGroupId"] = group.SteeringGroupId,
        ["Experts"] = string.Join('\n', group.ExpertIds),
    };

    public static WorkingGroup ToWorkingGroup(TableEntity e) => new(
        TableKey.Decode(e.RowKey), e.GetString("SteeringGroupId") ?? string.Empty, e.GetString("Name") ?? e.RowKey, Lines(e.GetString("Experts")));

    public static TableEntity ToEntity(ConfirmingBody body, string name, IEnumerable<string> memberIds, ConversationTarget? conversation) => WithTarget(
        new TableEntity(BodyPartition, body.ToString()) { ["Name"] = name, ["Members"] = string.Join('\n', memberIds) },
        conversation);

    public static (string Name, IReadOnlyList<string> MemberIds, ConversationTarget? Conversation) ToBody(TableEntity e) =>
        (e.GetString("Name") ?? e.RowKey, Lines(e.GetString("Members")), ToTarget(e));

    public static TableEntity ToCommunityManager(string aadObjectId, ConversationTarget? conversation) => WithTarget(
        new TableEntity(CommunityManagerPartition, CommunityManagerRowKey) { ["PersonId"] = aadObjectId },
        conversation);

    public static ConversationTarget? ToTarget(TableEntity e) => e.GetString("ConversationId") is { Length: > 0 } id
        ? new ConversationTarget(id, NullIfEmpty(e.GetString("ConversationServiceUrl")), NullIfEmpty(e.GetString("ConversationTenantId")))
        : null;

    private static TableEntity WithTarget(TableEntity entity, ConversationTarget? target)
    {
        // Always written (empty when absent) so a replace clears an earlier target.
        entity["ConversationId"] = target?.ConversationId ?? string.Empty;
        entity["ConversationServiceUrl"] = target?.ServiceUrl ?? string.Empty;
        entity["ConversationTenantId"] = target?.TenantId ?? string.Empty;
        return entity;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string[] Lines(string? value) => (value ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
