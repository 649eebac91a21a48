using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Infrastructure;

/// <summary>One real Azurite for the whole assembly; each test isolates itself with its own table prefix.</summary>
[CollectionDefinition(AzuriteShared.Collection)]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
