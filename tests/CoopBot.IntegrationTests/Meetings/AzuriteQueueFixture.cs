using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Meetings;

/// <summary>Azurite with table and queue service: meetings broadcast through Azure Queue Storage.</summary>
public sealed class AzuriteQueueFixture : AzuriteFixture
{
    public const string Collection = "AzuriteQueues";

    public AzuriteQueueFixture()
        : base(table: true, queue: true, blob: false)
    {
    }
}

[CollectionDefinition(AzuriteQueueFixture.Collection)]
public sealed class AzuriteQueueCollectionDefinition : ICollectionFixture<AzuriteQueueFixture>;
