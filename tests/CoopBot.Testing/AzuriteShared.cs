namespace CoopBot.Testing;

/// <summary>
/// Name of the xunit collection that shares one Azurite per test assembly.
/// xunit only discovers <c>[CollectionDefinition]</c> classes inside the test assembly itself, so each test
/// project declares <c>[CollectionDefinition(AzuriteShared.Collection)] public sealed class AzuriteCollectionDefinition
/// : ICollectionFixture&lt;AzuriteFixture&gt;;</c> and marks its classes <c>[Collection(AzuriteShared.Collection)]</c>.
/// </summary>
public static class AzuriteShared
{
    /// <summary>The collection name, "Azurite".</summary>
    public const string Collection = "Azurite";
}
