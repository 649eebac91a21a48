using CoopBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
if (StartupChecks.ConfigurationProblem(builder.Configuration, builder.Environment) is { } configurationProblem)
{
    return await StartupChecks.RefuseAsync(configurationProblem);
}

builder.AddCoopBot();

await using var app = builder.Build();
if (await StartupChecks.HostProblemAsync(app) is { } hostProblem)
{
    return await StartupChecks.RefuseAsync(hostProblem);
}

app.MapCoopBot();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
