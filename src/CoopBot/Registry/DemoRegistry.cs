using System.Text.Json;
using CoopBot.Domain.Registry;
using CoopBot.Storage;

namespace CoopBot.Registry;

/// <summary>Writes the demo registry (seed 002's four stuurgroepen plus demo members) idempotently with upserts.</summary>
internal sealed class DemoRegistry(ITableClientProvider tables, TimeProvider clock)
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Registry", "DemoData", "demo-registry.json");

    public async Task SeedAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var data = await JsonSerializer.DeserializeAsync<DemoRegistryFile>(stream, JsonOptions, ct)
            ?? throw new InvalidOperationException($"Demo registry '{path}' is empty.");
        var table = await tables.GetTableAsync(RegistryEntities.TableName, ct);
        foreach (var group in data.SteeringGroups)
        {
            var link = group.TeamId is null ? null : new TeamsLink(group.TeamId, group.ChannelId ?? group.TeamId, string.Empty, data.TenantId);
            await table.UpsertEntityAsync(RegistryEntities.ToEntity(new SteeringGroup(group.Id, group.Name, group.Services, link)), TableUpdateMode.Replace, ct);
            foreach (var id in new[] { group.TeamId, group.ChannelId }.Where(id => id is not null).Distinct())
            {
                await table.UpsertEntityAsync(RegistryEntities.ToTeamIndex(id!, group.Id), TableUpdateMode.Replace, ct);
            }

            // Demo terms are relative to today, so the demo keeps working in any year: started half a year ago, two years long.
            var termStart = new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero).AddMonths(-6);
            var ratifiedOn = DateOnly.FromDateTime(termStart.UtcDateTime).AddDays(-14);
            var seats = group.Seats.Select(s => new MemberSeat(
                Seat.Propose($"{group.Id}-{s.AadObjectId}", group.Id, s.AadObjectId, s.OrganisationId, s.Role, termStart, s.Experience).Ratify(ratifiedOn).Value!,
                s.Name,
                s.TeamsUserId));
            foreach (var batch in seats.Chunk(100))
            {
                await table.SubmitTransactionAsync(batch.Select(s => new TableTransactionAction(TableTransactionActionType.UpsertReplace, RegistryEntities.ToEntity(s))), ct);
            }
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private sealed record DemoRegistryFile(string? TenantId, List<DemoSteeringGroup> SteeringGroups);

    private sealed record DemoSteeringGroup(
        string Id, string Name, List<string> Services, string? TeamId, string? ChannelId, List<DemoSeat> Seats);

    private sealed record DemoSeat(
        string AadObjectId, string Name, string OrganisationId, SeatRole Role, Experience Experience, string? TeamsUserId);
}
