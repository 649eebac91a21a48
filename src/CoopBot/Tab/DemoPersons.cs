using System.Text.Json;
using CoopBot.Registry;

namespace CoopBot.Tab;

/// <summary>A person of the demo registry as the Development sign-in lists them.</summary>
internal sealed record DemoPerson(string AadObjectId, string Name, string TeamsUserId);

/// <summary>The persons of <c>demo-registry.json</c>: the same people <c>PLAYGROUND_USER</c> picks from.</summary>
internal static class DemoPersons
{
    public static async Task<IReadOnlyList<DemoPerson>> ReadAsync(CancellationToken ct)
    {
        await using var stream = File.OpenRead(DemoRegistry.DefaultPath);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
        return document.RootElement.GetProperty("persons").EnumerateArray()
            .Select(p => new DemoPerson(p.GetProperty("aadObjectId").GetString()!, p.GetProperty("name").GetString()!, p.GetProperty("teamsUserId").GetString()!))
            .OrderBy(p => int.TryParse(p.TeamsUserId.AsSpan(p.TeamsUserId.LastIndexOf('-') + 1), out var n) ? n : int.MaxValue)
            .ToList();
    }
}
