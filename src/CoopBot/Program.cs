using CoopBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
if (StartupChecks.Problem(builder) is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return 1;
}

builder.AddCoopBot();

var app = builder.Build();
app.MapCoopBot();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
