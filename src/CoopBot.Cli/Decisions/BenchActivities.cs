using System.Text.Json.Nodes;

namespace CoopBot.Cli.Decisions;

/// <summary>Valid Teams invoke payloads (Action.Execute in a stuurgroep channel), as the benchmark posts them.</summary>
internal static class BenchActivities
{
    public const string TenantId = "5f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5";
    public const string TeamId = "19:bench@thread.tacv2";
    public const string ChannelId = "19:bench-besluiten@thread.tacv2";

    public static JsonObject CardAction(string serviceUrl, BenchUser from, string verb, JsonObject data) => new()
    {
        ["name"] = "adaptiveCard/action",
        ["type"] = "invoke",
        ["id"] = $"f:{Guid.NewGuid():N}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = from.TeamsId, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
        ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TenantId, ["id"] = ChannelId + ";messageid=1" },
        ["recipient"] = new JsonObject { ["id"] = "28:00000000-0000-0000-0000-000000c00b07", ["name"] = "CoopBot" },
        ["channelData"] = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = ChannelId },
            ["team"] = new JsonObject { ["id"] = TeamId },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        },
        ["replyToId"] = "1",
        ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" },
        ["locale"] = "nl-BE",
    };
}

/// <summary>A member of the benchmark stuurgroep.</summary>
internal sealed record BenchUser(string TeamsId, string AadObjectId, string Name)
{
    public static readonly BenchUser Chair = new("29:bench-chair", "c0000000-0000-4000-8000-000000000000", "Voorzitter Bench");

    public static BenchUser Member(int i) => new($"29:bench-{i}", $"c0000000-0000-4000-8000-{i + 1:D12}", $"Lid {i}");
}
