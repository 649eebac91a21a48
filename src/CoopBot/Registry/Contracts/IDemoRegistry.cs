namespace CoopBot.Registry.Contracts;

/// <summary>A person of the demo registry as the Development sign-in lists them.</summary>
public sealed record DemoSignInPerson(string AadObjectId, string Name, string TeamsUserId);

/// <summary>The demo registry of the local loop (<c>Registry:SeedDemoData</c>, Development only) as other features use it.</summary>
public interface IDemoRegistry
{
    /// <summary>
    /// <c>Registry:DemoPoll</c>: when the Agents Playground opens a stuurgroep channel, that stuurgroep's demo poll is posted
    /// there. On only with the seeded demo registry in Development.
    /// </summary>
    bool DemoPollEnabled { get; }

    /// <summary>The persons of <c>demo-registry.json</c>: the same people <c>PLAYGROUND_USER</c> picks from.</summary>
    Task<IReadOnlyList<DemoSignInPerson>> PersonsAsync(CancellationToken ct);
}
