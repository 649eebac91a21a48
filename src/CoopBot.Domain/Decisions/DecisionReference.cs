using System.Globalization;
using System.Text;

namespace CoopBot.Domain.Decisions;

/// <summary>
/// A decision's short human reference, e.g. <c>BI-2026-014</c>: the stuurgroep's code, the year the decision was
/// created (Europe/Brussels) and its sequence number within that code and year, at least three digits.
/// </summary>
/// <param name="Code">The stuurgroep code (<see cref="SteeringGroupCodes"/>), 2–4 capital letters.</param>
/// <param name="Year">The year of creation.</param>
/// <param name="Sequence">1, 2, 3… within code and year.</param>
public sealed record DecisionReference(string Code, int Year, int Sequence)
{
    /// <summary>Most characters a typed reference may have (code of 4, year, 6 digits, two dashes, with slack).</summary>
    public const int MaxTextLength = 20;

    /// <summary>The reference as shown: <c>BI-2026-014</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Code}-{Year:D4}-{Sequence:D3}");

    /// <summary>
    /// Reads a typed reference: case and surrounding spaces do not matter, leading zeros of the sequence are optional
    /// (<c>bi-2026-14</c> is <c>BI-2026-014</c>). Null for anything else, so a caller can try it as a plain id next.
    /// </summary>
    /// <param name="text">What a person typed.</param>
    public static DecisionReference? TryParse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxTextLength)
        {
            return null;
        }

        var parts = trimmed.Split('-');
        if (parts.Length != 3 || !SteeringGroupCodes.IsCode(parts[0].ToUpperInvariant()))
        {
            return null;
        }

        if (parts[1].Length != 4 || !parts[1].All(char.IsAsciiDigit) || parts[2].Length is 0 or > 6 || !parts[2].All(char.IsAsciiDigit))
        {
            return null;
        }

        var year = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var sequence = int.Parse(parts[2], CultureInfo.InvariantCulture);
        return year < 2000 || sequence < 1 ? null : new DecisionReference(parts[0].ToUpperInvariant(), year, sequence);
    }
}

/// <summary>
/// The short code of a stuurgroep in decision references. The registry and the seeds give none, so it is derived from
/// the stuurgroep id, which never changes (a name may): seed 002's four stuurgroepen have a fixed code, any other id
/// takes the initials of its words, or the first two letters of a one-word id. Always 2–4 capitals A–Z.
/// </summary>
public static class SteeringGroupCodes
{
    // Seed 002's stuurgroepen, under the ids of the domain catalog and of the registry.
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["basisinfrastructuur"] = "BI",
        ["basisinfrastructuur-digitale-bibliotheek"] = "BI",
        ["digitale-collecties"] = "DC",
        ["beleven"] = "BL",
        ["inspireren"] = "IN",
    };

    private const string Fallback = "SG";
    private const int MaxLength = 4;

    /// <summary>The code for a stuurgroep id.</summary>
    /// <param name="steeringGroupId">The stuurgroep's stable id.</param>
    public static string For(string steeringGroupId)
    {
        ArgumentNullException.ThrowIfNull(steeringGroupId);
        if (Known.TryGetValue(steeringGroupId.Trim(), out var known))
        {
            return known;
        }

        var words = Letters(steeringGroupId)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Equals("STUURGROEP", StringComparison.Ordinal))
            .ToList();
        var code = words.Count switch
        {
            0 => Fallback,
            1 => words[0].Length >= 2 ? words[0][..2] : words[0] + "X",
            _ => string.Concat(words.Take(MaxLength).Select(w => w[0])),
        };
        return code;
    }

    /// <summary>Whether <paramref name="text"/> has the shape of a code (2–4 capitals A–Z).</summary>
    /// <param name="text">Candidate code.</param>
    public static bool IsCode(string text) =>
        text.Length is >= 2 and <= MaxLength && text.All(char.IsAsciiLetterUpper);

    // Upper-case ASCII letters, accents folded (ë → E); every other character separates words.
    private static string Letters(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetter(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
