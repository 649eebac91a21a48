namespace CoopBot.IntegrationTests.Infrastructure;

/// <summary>The demo registry's people (src/CoopBot/Registry/DemoData/demo-registry.json).</summary>
public sealed record DemoUser(string TeamsId, string AadObjectId, string Name)
{
    public static readonly DemoUser Chair = new("user-id-0", "a1c0ffee-0000-4000-8000-000000000000", "An Peeters");
    public static readonly DemoUser Bram = new("user-id-1", "a1c0ffee-0000-4000-8000-000000000001", "Bram Claes");
    public static readonly DemoUser Chloe = new("user-id-2", "a1c0ffee-0000-4000-8000-000000000002", "Chloë Maes");
    public static readonly DemoUser Dries = new("user-id-3", "a1c0ffee-0000-4000-8000-000000000003", "Dries Wouters");
    public static readonly DemoUser Els = new("user-id-4", "a1c0ffee-0000-4000-8000-000000000004", "Els Jacobs");
    public static readonly DemoUser NonMember = new("user-id-5", "a1c0ffee-0000-4000-8000-000000000005", "Fien De Smet");

    public const string TenantId = "5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5";
    public const string TeamId = "19:stuurgroep-basisinfrastructuur@thread.tacv2";
    public const string ChannelId = "19:basisinfrastructuur-besluiten@thread.tacv2";
}
