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

    // Values a handler must parse and refuse in Dutch: amounts, dates, numbers, ids and choices in every odd shape.
    private static readonly string[] PayloadStrings =
    [
        "1.000.000.000,00", "-12.500", "€ 12,5", "12.500,505", "1,234.56", "0", "NaN", "1e9", "١٢٣", "12 500", "€",
        "2099-02-30", "31-12-2026", "25:61", "o1,o2,o1", "o99", "true", "ja", "Aanwezig,Afwezig", "Onbekend",
        "basisinfrastructuur|", "|bibliotheekwebsites", "FinancieelComite ", "x\nB\nC",
    ];

    public static string Apply(JsonObject activity, Random random) => Apply(activity, random, Strings);

    /// <summary>
    /// One change inside a card action's <c>value.action.data</c> (or a field added to it), with the hostile strings and
    /// odd amounts, dates and choices: the identifiers stay valid, so the activity passes the edge check and reaches a handler.
    /// </summary>
    public static string ApplyToPayload(JsonObject data, Random random)
    {
        if (data.Count == 0 || random.Next(6) == 0)
        {
            var name = data.Count > 0 && random.Next(2) == 0 ? data.ElementAt(random.Next(data.Count)).Key + "2" : "extra";
            data[name] = PayloadStrings[random.Next(PayloadStrings.Length)];
            return $"add $.value.action.data.{name}";
        }

        return Apply(data, random, [.. Strings, .. PayloadStrings, .. PayloadStrings]).Replace("set $.", "set $.value.action.data.", StringComparison.Ordinal)
            .Replace("drop $.", "drop $.value.action.data.", StringComparison.Ordinal);
    }

    /// <summary>A text command with an argument that is huge, unicode, markup or OData-looking.</summary>
    public static string ApplyToCommand(JsonObject activity, Random random)
    {
        var argument = random.Next(4) switch
        {
            0 => new string((char)('a' + random.Next(26)), random.Next(2) == 0 ? 600 : 30_000),
            1 => PayloadStrings[random.Next(PayloadStrings.Length)],
            _ => Strings[random.Next(Strings.Length)],
        };
        activity["text"] = $"{activity["text"]} {argument}";
        return $"text + {Describe(argument)}";
    }

    private static string Apply(JsonObject activity, Random random, string[] strings)
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
            _ => strings[random.Next(strings.Length)],
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
