using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopBot.Faq.Text;

namespace CoopBot.Faq;

/// <summary>The result of an edit: the new file text, or a Dutch reason why the edit was refused.</summary>
/// <param name="Json">The edited knowledge base when the edit succeeded.</param>
/// <param name="Error">The reason for refusal when it did not.</param>
public sealed record FaqEditResult(string? Json, string? Error)
{
    /// <summary>True when the edit was applied.</summary>
    public bool Succeeded => Json is not null;
}

/// <summary>
/// Edits knowledge-base JSON text without touching anything else: entry order, property order and unknown
/// properties are kept, and the output uses the file's own layout (two-space indent, LF, readable accents).
/// </summary>
public static class FaqKnowledgeBaseEditor
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Re-serialises knowledge-base JSON in the canonical layout (what every edit writes).</summary>
    /// <param name="json">Knowledge-base JSON.</param>
    public static string Format(string json) => JsonNode.Parse(json)!.ToJsonString(WriteOptions) + "\n";

    /// <summary>
    /// Appends <paramref name="phrasing"/> to the entry <paramref name="entryId"/>. Refused when the id is unknown,
    /// the text is empty, it already exists anywhere in the knowledge base, or the result would not validate.
    /// </summary>
    /// <param name="json">The current knowledge-base JSON.</param>
    /// <param name="entryId">The entry to extend.</param>
    /// <param name="phrasing">The new phrasing, e.g. a question from a ticket.</param>
    public static FaqEditResult AddPhrasing(string json, string entryId, string phrasing)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(phrasing);
        var text = phrasing.Trim();
        if (text.Length == 0 || DutchNormalizer.Normalize(text).Length == 0)
        {
            return new(null, "De formulering is leeg.");
        }

        var knowledgeBase = FaqKnowledgeBase.Parse(json);
        if (knowledgeBase.Find(entryId) is null)
        {
            return new(null, $"Er is geen entry met id '{entryId}'.");
        }

        var key = DutchNormalizer.Normalize(text);
        var owner = knowledgeBase.Entries.FirstOrDefault(e =>
            e.Phrasings.Prepend(e.Question).Any(p => DutchNormalizer.Normalize(p) == key));
        if (owner is not null)
        {
            return new(null, $"Die formulering bestaat al bij '{owner.Id}'.");
        }

        var root = JsonNode.Parse(json)!;
        var entry = root["entries"]!.AsArray().First(e => (string?)e?["id"] == entryId)!.AsObject();
        if (entry["phrasings"] is not JsonArray phrasings)
        {
            entry["phrasings"] = phrasings = [];
        }

        phrasings.Add(text);
        var edited = root.ToJsonString(WriteOptions) + "\n";
        var problems = FaqKnowledgeBase.Parse(edited).Validate();
        return problems.Count == 0
            ? new(edited, null)
            : new(null, "De kennisbank is niet geldig: " + string.Join(" ", problems.Select(p => p.Message)));
    }
}
