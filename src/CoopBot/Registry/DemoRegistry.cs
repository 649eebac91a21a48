using CoopBot.Registry.Contracts;
using System.Text.Json;
using CoopBot.Domain.Registry;
using SteeringGroup = CoopBot.Registry.Contracts.SteeringGroup;

namespace CoopBot.Registry;

/// <summary>
/// Writes the demo registry (seed 002's four stuurgroepen and their services, werkgroepen, organisations, persons, seats,
/// the confirming bodies and the community manager) idempotently through <see cref="RegistryWriter"/>.
/// </summary>
internal sealed partial class DemoRegistry(RegistryWriter writer, TimeProvider clock)
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Registry", "DemoData", "demo-registry.json");

    public async Task SeedAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var data = await JsonSerializer.DeserializeAsync<DemoRegistryFile>(stream, JsonOptions, ct)
            ?? throw new InvalidOperationException($"Demo registry '{path}' is empty.");

        await writer.UpsertOrganisationsAsync(data.Organisations.Select(o => (o.ToOrganisation(), Target(o.Conversation, data.TenantId))), ct);
        await writer.UpsertPersonsAsync(data.Persons.Select(p => new PersonContact(new Person(p.AadObjectId, p.Name, p.Email, p.OrganisationId), p.TeamsUserId)), ct);
        foreach (var group in data.SteeringGroups)
        {
            var link = group.TeamId is null ? null : new TeamsLink(group.TeamId, group.ChannelId ?? group.TeamId, string.Empty, data.TenantId, group.TeamAadGroupId);
            await writer.UpsertSteeringGroupAsync(new SteeringGroup(group.Id, group.Name, group.Services, link), CatalogServices(group), ct);
        }

        var seats = data.SteeringGroups.SelectMany(g => g.Seats.Select(s => s with { SteeringGroupId = g.Id })).Concat(data.Seats);
        await writer.UpsertSeatsAsync(seats.Select(ToMemberSeat), ct);
        await writer.UpsertWorkingGroupsAsync(data.WorkingGroups.Select(w => new WorkingGroup(w.Id, w.SteeringGroupId, w.Name, w.Experts)), ct);
        foreach (var body in data.Bodies)
        {
            await writer.UpsertBodyAsync(body.Body, body.Name, body.Members, Target(body.Conversation, data.TenantId), ct);
        }

        if (data.CommunityManager is { } manager)
        {
            await writer.SetCommunityManagerAsync(manager.AadObjectId, Target(manager.Conversation, data.TenantId), ct);
        }
    }

    // Demo terms are relative to today, so the demo keeps working in any year: started half a year ago, two years long.
    private MemberSeat ToMemberSeat(DemoSeat s)
    {
        var termStart = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero).AddMonths(-6);
        var ratifiedOn = DateOnly.FromDateTime(termStart.UtcDateTime).AddDays(-14);
        var seat = Seat.Propose($"{s.SteeringGroupId}-{s.AadObjectId}", s.SteeringGroupId!, s.AadObjectId, s.OrganisationId, s.Role, termStart, s.Experience)
            .Ratify(ratifiedOn).Value!;
        return new MemberSeat(seat, s.Name, s.TeamsUserId);
    }

    /// <summary>Service ids come from the domain's catalog (seed 002), matched by name; an unknown name is a broken demo file.</summary>
    private static IEnumerable<RegistryService> CatalogServices(DemoSteeringGroup group)
    {
        var catalog = SteeringGroupCatalog.All.SelectMany(g => g.Services).ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        return group.Services.Select(name => catalog.TryGetValue(name, out var service)
            ? new RegistryService(service.Id, service.Name, group.Id, service.IsPlanned)
            : throw new InvalidOperationException($"Demo stuurgroep {group.Id} names unknown service '{name}'."));
    }

    private static ConversationTarget? Target(DemoConversation? conversation, string? tenantId) =>
        conversation is null ? null : new ConversationTarget(conversation.ConversationId, conversation.ServiceUrl, conversation.TenantId ?? tenantId);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
