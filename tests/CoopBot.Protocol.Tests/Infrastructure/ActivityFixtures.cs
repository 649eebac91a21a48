using CoopBot.Protocol.Schema;
using System.Text.Json;

namespace CoopBot.Protocol.Tests.Infrastructure;

/// <summary>Reads the Teams activity JSON samples under <c>Activities/</c>.</summary>
public static class ActivityFixtures
{
    public static string Json(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Activities", name));

    public static Activity Load(string name) =>
        JsonSerializer.Deserialize<Activity>(Json(name), ProtocolJson.Options)
        ?? throw new InvalidOperationException($"Fixture {name} is JSON null.");
}
