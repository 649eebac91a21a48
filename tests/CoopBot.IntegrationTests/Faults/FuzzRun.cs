using System.Globalization;
using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;

namespace CoopBot.IntegrationTests.Faults;

/// <summary>
/// One seeded fuzz run against a host with its jobs off: posts each mutated activity, and records a 5xx (other than 501
/// for an unknown invoke) or a write by a refused input (the whole storage compared with the row before) as a failure.
/// </summary>
internal sealed class FuzzRun(CoopBotApp app, int seed, int cases)
{
    private readonly List<string> _failures = [];
    private SortedDictionary<string, string>? _snapshot;

    public int Refused { get; private set; }

    public int ServerErrors { get; private set; }

    public int RefusedWrites { get; private set; }

    public static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>Posts one case; returns its HTTP status and body.</summary>
    public async Task<(int Status, string Body)> PostAsync(JsonObject activity, string label)
    {
        _snapshot ??= await StorageSnapshot.TakeAsync(app);
        using var response = await app.PostActivityAsync(activity);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var after = await StorageSnapshot.TakeAsync(app);
        label = $"{label} -> {status}";
        if (status >= 500 && !(status == 501 && activity["type"]?.ToString() == "invoke"))
        {
            ServerErrors++;
            _failures.Add($"5xx: {label}");
        }

        if (IsRefusal(status, body))
        {
            Refused++;
            if (StorageSnapshot.Changes(_snapshot, after) is { Count: > 0 } changes)
            {
                RefusedWrites++;
                _failures.Add($"write by refused input: {label}: {string.Join(", ", changes.Take(3))}");
            }
        }

        _snapshot = after;
        return (status, body);
    }

    public void AssertNoFailures() =>
        Assert.True(_failures.Count == 0, $"seed {seed}, {cases} cases:\n{string.Join('\n', _failures.Take(20))}");

    /// <summary>A refusal: an HTTP error, an ignored activity (202), or an invoke answered with an error or a warning card.</summary>
    private static bool IsRefusal(int status, string body) =>
        status is 202 or (>= 400 and < 500)
        || (status == 200 && body.Length > 0 && JsonNode.Parse(body)?["statusCode"]?.GetValue<int>() >= 400)
        || body.Contains("\"color\":\"Attention\"", StringComparison.Ordinal);
}
