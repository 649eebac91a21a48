using System.Text.Json;

namespace CoopBot.Faq;

public sealed partial class FaqKnowledgeBase
{
    /// <summary>
    /// Parses knowledge-base JSON. Structural errors throw; content problems (duplicates, empty answers,
    /// unknown follow-ups) are accepted here and reported by <see cref="Validate"/>.
    /// </summary>
    /// <param name="json">The file contents.</param>
    /// <exception cref="InvalidDataException">The JSON is malformed or lacks the <c>entries</c> array.</exception>
    public static FaqKnowledgeBase Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
            });
            if (!document.RootElement.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("De kennisbank mist de lijst \"entries\".");
            }

            return new FaqKnowledgeBase(entries.EnumerateArray().Select(ReadEntry).ToList());
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"De kennisbank is geen geldige JSON: {ex.Message}", ex);
        }
    }

    private static FaqEntry ReadEntry(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("Elke entry in de kennisbank moet een object zijn.");
        }

        return new FaqEntry(
            ReadString(element, "id"),
            ReadString(element, "question"),
            ReadStrings(element, "phrasings"),
            ReadString(element, "answer"),
            ReadStrings(element, "followUps"))
        {
            ShortAnswer = ReadString(element, "short"),
            Label = ReadString(element, "label"),
            Facets = ReadFacets(element),
        };
    }

    private static FaqFacet[] ReadFacets(JsonElement element)
    {
        if (!element.TryGetProperty("facets", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return value.EnumerateArray()
            .Where(f => f.ValueKind == JsonValueKind.Object)
            .Select(f => new FaqFacet(ReadString(f, "id"), ReadString(f, "question"), ReadString(f, "short"), ReadStrings(f, "phrasings")))
            .ToArray();
    }

    private static string ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : string.Empty;

    private static string[] ReadStrings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return value.EnumerateArray()
            .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : string.Empty)
            .ToArray();
    }
}
