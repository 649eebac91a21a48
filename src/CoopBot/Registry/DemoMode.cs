using System.Text.Json;
using CoopBot.Registry.Contracts;
using Microsoft.Extensions.Options;

namespace CoopBot.Registry;

/// <summary>The demo registry's switches and persons for other features (the demo poll, the tab's Development sign-in).</summary>
internal sealed class DemoMode(IOptions<RegistryOptions> options, IHostEnvironment environment) : IDemoRegistry
{
    public bool DemoPollEnabled => options.Value.DemoPoll && options.Value.SeedDemoData && environment.IsDevelopment();

    public async Task<IReadOnlyList<DemoSignInPerson>> PersonsAsync(CancellationToken ct)
    {
        await using var stream = File.OpenRead(DemoRegistry.DefaultPath);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: ct);
        return document.RootElement.GetProperty("persons").EnumerateArray()
            .Select(p => new DemoSignInPerson(p.GetProperty("aadObjectId").GetString()!, p.GetProperty("name").GetString()!, p.GetProperty("teamsUserId").GetString()!))
            .OrderBy(p => int.TryParse(p.TeamsUserId.AsSpan(p.TeamsUserId.LastIndexOf('-') + 1), out var n) ? n : int.MaxValue)
            .ToList();
    }
}
