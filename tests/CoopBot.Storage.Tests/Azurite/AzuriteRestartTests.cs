using Azure;
using Azure.Data.Tables;
using CoopBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopBot.Storage.Tests.Azurite;

/// <summary>Uses its own Azurite: stopping the shared one would break the other classes.</summary>
public sealed class AzuriteRestartTests
{
    [Fact]
    public async Task StopThenStartAgain_SamePorts_PingGoesRedThenGreenAndFailedTableCreationIsRetried()
    {
        await using var server = await AzuriteServer.StartAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = server.ConnectionString })
            .Build();
        await using var provider = new ServiceCollection()
            .AddSingleton(new TableClientOptions { Retry = { MaxRetries = 0 } })
            .AddTableStorage(configuration)
            .BuildServiceProvider();
        var service = provider.GetRequiredService<TableServiceClient>();
        var tables = provider.GetRequiredService<ITableClientProvider>();
        var endpoint = server.TableEndpoint;

        await server.StopAsync();
        var down = await Assert.ThrowsAsync<RequestFailedException>(() => service.PingAsync());
        await Assert.ThrowsAsync<RequestFailedException>(() => tables.GetTableAsync("Restarted"));
        await server.StartAgainAsync();

        await service.PingAsync();
        var table = await tables.GetTableAsync("Restarted");
        Assert.Equal((0, endpoint, true), (down.Status, server.TableEndpoint, server.IsRunning));
        // Already there: the service answers 409, which the SDK returns without throwing.
        Assert.Equal(409, (await table.CreateIfNotExistsAsync()).GetRawResponse().Status);
    }
}
