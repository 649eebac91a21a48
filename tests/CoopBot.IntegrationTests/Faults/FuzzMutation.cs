using System.Text.Json.Nodes;

namespace CoopBot.IntegrationTests.Faults;

/// <summary>One seeded change to an activity: drop or replace a field, a wrong JSON type, a huge, unicode or OData-looking string.</summary>
internal static class FuzzMutation
{
    private static readonly string[] Strings =
    [
        "' or PartitionKey ne '",
        "x' or RowKey gt '",
        "",
        "   ",
        "a/b\\c#d?e",
        "\u0000\u0007\u001f",
        "Ærøskøbing 🗳️ مرحبا \u200f שלום",
        "e\u0301\u0301\u0301",
        "<at>CoopBot</at> stemming",
        "{\"pollId\":\"x\"}",
        "$filter=PartitionKey eq 'x'",
        "../../etc/passwd",
    ];

    public static string Apply(JsonObject activity, Random random)
    {
        var paths = new List<(JsonNode? Parent, string? Name, int Index, string Path)>();
        Collect(activity, "$", paths);
        var (parent, name, index, path) = paths[random.Next(paths.Count)];
        var kind = random.Next(8);
        JsonNode? replacement = kind switch
        {
            0 => null,
            1 => random.Next(-5, 1_000_000),
            2 => random.Next(2) == 0,
            3 => new JsonArray("x", 1),
            4 => new JsonObject { ["id"] = "x" },
            5 => new string((char)('a' + random.Next(26)), random.Next(2) == 0 ? 600 : 60_000),
            _ => Strings[random.Next(Strings.Length)],
        };
        var drop = kind == 0 && random.Next(2) == 0;
        switch (parent)
        {
            case JsonObject o when drop:
                o.Remove(name!);
                break;
            case JsonObject o:
                o[name!] = replacement;
                break;
            case JsonArray a when drop:
                a.RemoveAt(index);
                break;
            case JsonArray a:
                a[index] = replacement;
                break;
        }

        return $"{(drop ? "drop" : "set")} {path}{(drop ? string.Empty : $" = {Describe(replacement)}")}";
    }

    private static void Collect(JsonNode node, string path, List<(JsonNode? Parent, string? Name, int Index, string Path)> paths)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    paths.Add((o, key, -1, $"{path}.{key}"));
                    if (child is not null)
                    {
                        Collect(child, $"{path}.{key}", paths);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    paths.Add((a, null, i, $"{path}[{i}]"));
                    if (a[i] is { } child)
                    {
                        Collect(child, $"{path}[{i}]", paths);
                    }
                }

                break;
        }
    }

    private static string Describe(JsonNode? value) =>
        value?.ToJsonString() is { } json ? (json.Length > 40 ? $"<{json.Length} chars>" : json) : "null";
}
