using System.Buffers;
using System.Text.Json;

namespace CoopBot.Protocol.Hosting;

/// <summary>
/// The one edge check of the identifiers an activity carries. Features build storage keys and connector addresses from
/// them, so they are checked here, before any handler runs: a string, not empty, at most <see cref="MaxLength"/>
/// characters, and none of the characters Azure Table keys forbid (<c>/ \ # ?</c> and control characters).
/// </summary>
public static class ActivityIdentifiers
{
    /// <summary>
    /// Longest identifier accepted. Teams ids are far shorter (a personal conversation id is about 150 characters);
    /// 256 leaves room for the prefixes features add and stays under the 512-character table key limit.
    /// </summary>
    public const int MaxLength = 256;

    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "/\\#?" + new string([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(i => (char)i)]));

    // JSON paths of the identifiers; conversation.id is the only one every activity must carry (replies go there).
    private static readonly (string[] Path, bool Required)[] Fields =
    [
        (["id"], false),
        (["replyToId"], false),
        (["from", "id"], false),
        (["from", "aadObjectId"], false),
        (["recipient", "id"], false),
        (["conversation", "id"], true),
        (["conversation", "tenantId"], false),
        (["channelData", "tenant", "id"], false),
        (["channelData", "team", "id"], false),
        (["channelData", "channel", "id"], false),
    ];

    /// <summary>Checks the identifiers of an activity's JSON; null when all are acceptable, else the first problem.</summary>
    public static string? FindProblem(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return "the activity is not a JSON object";
        }

        foreach (var (path, required) in Fields)
        {
            if (Problem(activity, path, required) is { } problem)
            {
                return $"{string.Join('.', path)} {problem}";
            }
        }

        return null;
    }

    private static string? Problem(JsonElement activity, string[] path, bool required)
    {
        var current = activity;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current) || current.ValueKind == JsonValueKind.Null)
            {
                // A parent of another type (e.g. "from": 5) is as wrong as a wrong type of the id itself.
                return current.ValueKind is JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined
                    ? (required ? "is missing" : null)
                    : "has the wrong JSON type";
            }
        }

        if (current.ValueKind != JsonValueKind.String)
        {
            return "has the wrong JSON type";
        }

        var value = current.GetString()!;
        return value.Trim().Length == 0 ? "is empty"
            : value.Length > MaxLength ? $"is longer than {MaxLength} characters"
            : value.AsSpan().ContainsAny(Forbidden) ? "contains a forbidden character"
            : null;
    }
}
