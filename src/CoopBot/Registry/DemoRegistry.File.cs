using CoopBot.Domain.Escalation;
using CoopBot.Domain.Registry;

namespace CoopBot.Registry;

/// <summary>The shape of demo-registry.json.</summary>
internal sealed partial class DemoRegistry
{
    private sealed record DemoRegistryFile(
        string? TenantId,
        List<DemoSteeringGroup> SteeringGroups,
        List<DemoOrganisation>? Organisations,
        List<DemoPerson>? Persons,
        List<DemoSeat>? Seats,
        List<DemoWorkingGroup>? WorkingGroups,
        List<DemoBody>? Bodies,
        DemoCommunityManager? CommunityManager)
    {
        public List<DemoOrganisation> Organisations { get; init; } = Organisations ?? [];

        public List<DemoPerson> Persons { get; init; } = Persons ?? [];

        public List<DemoSeat> Seats { get; init; } = Seats ?? [];

        public List<DemoWorkingGroup> WorkingGroups { get; init; } = WorkingGroups ?? [];

        public List<DemoBody> Bodies { get; init; } = Bodies ?? [];
    }

    private sealed record DemoSteeringGroup(
        string Id, string Name, List<string> Services, string? TeamId, string? ChannelId, List<DemoSeat> Seats, string? TeamAadGroupId);

    /// <summary>A seat; inside a stuurgroep its SteeringGroupId is taken from the group, in the top-level list it is given.</summary>
    private sealed record DemoSeat(
        string? SteeringGroupId, string AadObjectId, string Name, string OrganisationId, SeatRole Role, Experience Experience, string? TeamsUserId);

    private sealed record DemoOrganisation(
        string Id, string Name, OrganisationKind Kind, Province Province, SizeClass Size, bool IsRegional, bool IsPilot, List<string> Services,
        DemoConversation? Conversation)
    {
        public Organisation ToOrganisation() => new(Id, Name, Kind, Province, Size, IsRegional, IsPilot, Services.ToHashSet(StringComparer.Ordinal));
    }

    private sealed record DemoPerson(string AadObjectId, string Name, string Email, string OrganisationId, string? TeamsUserId);

    private sealed record DemoWorkingGroup(string Id, string SteeringGroupId, string Name, List<string> Experts);

    private sealed record DemoBody(ConfirmingBody Body, string Name, List<string> Members, DemoConversation? Conversation);

    private sealed record DemoCommunityManager(string AadObjectId, DemoConversation? Conversation);

    private sealed record DemoConversation(string ConversationId, string? ServiceUrl, string? TenantId);
}
