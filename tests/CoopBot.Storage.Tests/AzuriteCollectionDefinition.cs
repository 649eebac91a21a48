using CoopBot.Testing;

namespace CoopBot.Storage.Tests;

/// <summary>One Azurite for the whole assembly; xunit requires the definition to live in the test assembly.</summary>
[CollectionDefinition(AzuriteShared.Collection)]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
