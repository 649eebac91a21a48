using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Playground;

/// <summary>The bot on Kestrel with the real Agents Playground in front of it, started and stopped per test class.</summary>
public abstract class PlaygroundTestBase(AzuriteServer azurite, IDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    protected CoopBotApp Bot { get; private set; } = null!;

    protected AgentsPlaygroundServer Playground { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bot = await CoopBotApp.StartOnKestrelAsync(azurite, settings);
        Playground = await AgentsPlaygroundServer.StartAsync(Bot.KestrelEndpoint!);
    }

    public async Task DisposeAsync()
    {
        await Playground.DisposeAsync();
        await Bot.DisposeAsync();
    }
}
