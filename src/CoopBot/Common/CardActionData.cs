using System.Text.Json;

namespace CoopBot.Common;

/// <summary>
/// The data of an Action.Execute as Teams posts it (the card's data with the card's inputs merged in), read field by
/// field the way System.Text.Json reads it with <c>ProtocolJson.Options</c>: names case-insensitive, an absent or null
/// field is null, and a value of another JSON kind makes the whole action malformed (<see cref="JsonException"/>).
/// A typed action record parses itself from this once, in the route, so its handler never re-checks a field.
/// </summary>
internal readonly struct CardActionData(JsonElement data)
{
    /// <summary>A text field (every input value arrives as text).</summary>
    public string? Text(string name)
    {
        string? found = null;
        foreach (var property in data.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                found = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => throw new JsonException($"The action field '{name}' is not text."),
                };
            }
        }

        return found;
    }
}
