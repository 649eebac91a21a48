using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions.Contracts;

/// <summary>
/// Reads what a person typed where a decision is meant: a reference (<c>BI-2026-014</c>, any case) or a decision id.
/// </summary>
internal sealed class DecisionResolver(DecisionReferences references)
{
    /// <summary>The decision id for <paramref name="text"/>: the id a reference stands for, else the text itself as an id.</summary>
    public async Task<string?> ResolveAsync(string? text, CancellationToken ct)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return DecisionReference.TryParse(trimmed) is { } reference
            ? await references.FindPollIdAsync(reference, ct) ?? trimmed
            : trimmed;
    }

    /// <summary>Every text resolved, duplicates (an id and its reference) once, in the order given.</summary>
    public async Task<IReadOnlyList<string>> ResolveAllAsync(IEnumerable<string> texts, CancellationToken ct)
    {
        var ids = new List<string>();
        foreach (var text in texts)
        {
            if (await ResolveAsync(text, ct) is { } id && !ids.Contains(id, StringComparer.Ordinal))
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
