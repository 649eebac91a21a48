namespace CoopBot.Registry;

/// <summary>Section "Registry".</summary>
public sealed class RegistryOptions
{
    public const string SectionName = "Registry";

    /// <summary>How long a stuurgroep's seats are cached per instance. Seat changes reach votes within this time.</summary>
    public TimeSpan SeatCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Seed the demo registry (four stuurgroepen of seed 002 and demo members) at start-up. Development only.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// Local loop only (scripts/run-local.sh): when the Agents Playground opens a stuurgroep channel, post that
    /// stuurgroep's one demo poll there (created as its voorzitter the first time). Needs SeedDemoData, Development only.
    /// </summary>
    public bool DemoPoll { get; set; }
}
