using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using SteeringGroup = CoopBot.Registry.Contracts.SteeringGroup;

namespace CoopBot.Registry;

/// <summary>One seat as the cards show it: names resolved, the organisation's display name, term end in Brussels time.</summary>
internal sealed record SeatLine(string PersonName, SeatRole Role, string OrganisationName, DateTimeOffset TermEnd, bool IsRatified);

/// <summary>A stuurgroep with its seats and werkgroepen, for "wie zit in de stuurgroep".</summary>
internal sealed record SteeringGroupView(SteeringGroup Group, IReadOnlyList<SeatLine> Seats, IReadOnlyList<WorkingGroup> WorkingGroups);

/// <summary>A seat of the person and the group's name, for "mijn stuurgroepen".</summary>
internal sealed record MySeatLine(string SteeringGroupName, SeatRole Role, DateTimeOffset TermEnd, bool IsActive, bool IsRatified);
