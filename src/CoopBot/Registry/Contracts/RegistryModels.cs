using CoopBot.Domain.Escalation;
using CoopBot.Domain.Registry;

namespace CoopBot.Registry.Contracts;

/// <summary>A stuurgroep and the Teams channel it decides in.</summary>
public sealed record SteeringGroup(string Id, string Name, IReadOnlyList<string> Services, TeamsLink? Teams);

/// <summary>Where a stuurgroep lives in Teams; recorded when the bot is installed in the team. AadGroupId is the team's id in Graph.</summary>
public sealed record TeamsLink(string TeamId, string ChannelId, string ServiceUrl, string? TenantId, string? AadGroupId = null);

/// <summary>A seat as the bot shows it: the domain seat plus the person's name and Teams id (for card refresh).</summary>
public sealed record MemberSeat(Seat Seat, string Name, string? TeamsUserId)
{
    public string AadObjectId => Seat.PersonId;
}

/// <summary>Where cards for a body, the community manager or an organisation go. A null ServiceUrl means "the serviceUrl last seen for this tenant".</summary>
public sealed record ConversationTarget(string ConversationId, string? ServiceUrl, string? TenantId);

/// <summary>A person with their Teams user id ("29:..." in Teams, "user-id-N" in the Agents Playground) for mentions and 1:1 chats.</summary>
public sealed record PersonContact(Person Person, string? TeamsUserId);

/// <summary>A confirming body (directie, financieel comité, voorzitter, Raad van Bestuur), its members and where its cards go.</summary>
public sealed record GoverningBodyContact(ConfirmingBody Body, string Name, IReadOnlyList<PersonContact> Members, ConversationTarget? Conversation);

/// <summary>The contact for questions, candidacies and composition objections, and where their cards go.</summary>
public sealed record CommunityManagerContact(PersonContact Person, ConversationTarget? Conversation);

/// <summary>A werkgroep under a stuurgroep; its experts may or may not sit in the stuurgroep (seed 002).</summary>
public sealed record WorkingGroup(string Id, string SteeringGroupId, string Name, IReadOnlyList<string> ExpertIds);

/// <summary>A dienst of a stuurgroep as stored in the registry; ids follow the domain's SteeringGroupCatalog.</summary>
public sealed record RegistryService(string Id, string Name, string SteeringGroupId, bool IsPlanned);
