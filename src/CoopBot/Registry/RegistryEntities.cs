using CoopBot.Registry.Contracts;
using System.Globalization;
using Azure.Data.Tables;
using CoopBot.Domain.Registry;
using CoopBot.Storage;
using SteeringGroup = CoopBot.Registry.Contracts.SteeringGroup;

namespace CoopBot.Registry;

/// <summary>
/// Table rows of the registry. Partitions: "sg" (one row per stuurgroep), "team" (team/channel id → stuurgroep),
/// and "seats|{stuurgroep}" (one row per seat, RowKey = AAD object id), so a stuurgroep's seats are one partition read.
/// </summary>
internal static partial class RegistryEntities
{
    public const string TableName = "Registry";
    public const string SteeringGroupPartition = "sg";
    public const string TeamPartition = "team";

    public static string SeatPartition(string steeringGroupId) => $"seats|{steeringGroupId}";

    public static TableEntity ToEntity(SteeringGroup group)
    {
        var entity = new TableEntity(SteeringGroupPartition, group.Id)
        {
            ["Name"] = group.Name,
            ["Services"] = string.Join('\n', group.Services),
        };
        if (group.Teams is { } link)
        {
            entity["TeamId"] = link.TeamId;
            entity["ChannelId"] = link.ChannelId;
            entity["ServiceUrl"] = link.ServiceUrl;
            entity["TenantId"] = link.TenantId;
            entity["TeamAadGroupId"] = link.AadGroupId;
        }

        return entity;
    }

    public static SteeringGroup ToSteeringGroup(TableEntity e)
    {
        var teamId = e.GetString("TeamId");
        var link = teamId is null
            ? null
            : new TeamsLink(teamId, e.GetString("ChannelId") ?? teamId, e.GetString("ServiceUrl") ?? string.Empty, e.GetString("TenantId"), e.GetString("TeamAadGroupId"));
        var services = (e.GetString("Services") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new SteeringGroup(e.RowKey, e.GetString("Name") ?? e.RowKey, services, link);
    }

    public static TableEntity ToTeamIndex(string teamOrChannelId, string steeringGroupId) =>
        new(TeamPartition, TableKey.Encode(teamOrChannelId)) { ["SteeringGroupId"] = steeringGroupId };

    public static TableEntity ToEntity(MemberSeat member) => new(SeatPartition(member.Seat.SteeringGroupId), member.Seat.PersonId)
    {
        ["SeatId"] = member.Seat.Id,
        ["Name"] = member.Name,
        ["OrganisationId"] = member.Seat.OrganisationId,
        ["Role"] = member.Seat.Role.ToString(),
        ["TermStart"] = member.Seat.TermStart,
        ["TermEnd"] = member.Seat.TermEnd,
        ["Experience"] = member.Seat.Experience.ToString(),
        ["RatifiedOn"] = member.Seat.RatifiedOn?.ToString("O", CultureInfo.InvariantCulture),
        ["TeamsUserId"] = member.TeamsUserId,
    };

    public static MemberSeat ToSeat(string steeringGroupId, TableEntity e)
    {
        var ratified = e.GetString("RatifiedOn") is { } date ? DateOnly.Parse(date, CultureInfo.InvariantCulture) : (DateOnly?)null;
        var seat = new Seat(
            e.GetString("SeatId") ?? e.RowKey,
            steeringGroupId,
            e.RowKey,
            e.GetString("OrganisationId") ?? string.Empty,
            Enum.TryParse<SeatRole>(e.GetString("Role"), out var role) ? role : SeatRole.Lid,
            e.GetDateTimeOffset("TermStart") ?? DateTimeOffset.MinValue,
            e.GetDateTimeOffset("TermEnd") ?? DateTimeOffset.MinValue.AddDays(1),
            Enum.TryParse<Experience>(e.GetString("Experience"), out var experience) ? experience : Experience.Ervaren,
            ratified);
        return new MemberSeat(seat, e.GetString("Name") ?? e.RowKey, e.GetString("TeamsUserId"));
    }
}
