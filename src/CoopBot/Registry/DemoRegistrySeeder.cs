using Microsoft.Extensions.Options;

namespace CoopBot.Registry;

/// <summary>Seeds the demo registry at start-up when Registry:SeedDemoData is set, in Development only.</summary>
internal sealed class DemoRegistrySeeder(DemoRegistry demo, IOptions<RegistryOptions> options, IHostEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.SeedDemoData && environment.IsDevelopment() ? demo.SeedAsync(DemoRegistry.DefaultPath, cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
