using System.Text.Json;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Registry;

namespace CoopBot.IntegrationTests.Decisions;

/// <summary>A stuurgroep with many members for load and race tests, written through the app's own demo-registry seeder.</summary>
public static class LoadGroup
{
    public const string Id = "belasting";
    public static readonly DemoUser Chair = new("29:load-chair", "b0000000-0000-4000-8000-000000000000", "Voorzitter Belasting");

    public static DemoUser Member(int i) => new($"29:load-{i}", $"b0000000-0000-4000-8000-{i + 1:D12}", $"Lid {i}");

    public static async Task SeedAsync(CoopBotApp app, int members)
    {
        var seats = new List<object> { Seat(Chair, "cultuurconnect", "Voorzitter") };
        seats.AddRange(Enumerable.Range(0, members).Select(i => Seat(Member(i), $"bib-{i}", "Lid")));
        var file = new
        {
            tenantId = DemoUser.TenantId,
            organisations = Array.Empty<object>(),
            persons = Array.Empty<object>(),
            seats = Array.Empty<object>(),
            workingGroups = Array.Empty<object>(),
            bodies = Array.Empty<object>(),
            steeringGroups = new[]
            {
                new { id = Id, name = "Stuurgroep Belasting", services = new[] { "Bieblo" }, teamId = "19:belasting@thread.tacv2", channelId = "19:belasting-besluiten@thread.tacv2", seats },
            },
        };
        var path = Path.Combine(Path.GetTempPath(), $"coopbot-load-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(file));
        try
        {
            await app.GetService<DemoRegistry>().SeedAsync(path, CancellationToken.None);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static object Seat(DemoUser user, string organisation, string role) =>
        new { aadObjectId = user.AadObjectId, name = user.Name, organisationId = organisation, role, teamsUserId = user.TeamsId, experience = "Ervaren" };
}
