using CoopBot.Domain.Registry;

namespace CoopBot.Registry;

/// <summary>A stuurgroep and the Teams channel it decides in.</summary>
public sealed record SteeringGroup(string Id, string Name, IReadOnlyList<string> Services, TeamsLink? Teams);

/// <summary>Where a stuurgroep lives in Teams; recorded when the bot is installed in the team.</summary>
public sealed record TeamsLink(string TeamId, string ChannelId, string ServiceUrl, string? TenantId);

/// <summary>A seat as the bot shows it: the domain seat plus the person's name and Teams id (for card refresh).</summary>
public sealed record MemberSeat(Seat Seat, string Name, string? TeamsUserId)
{
    public string AadObjectId => Seat.PersonId;
}
