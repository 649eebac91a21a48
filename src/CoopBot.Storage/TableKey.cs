using System.Buffers;
using System.Globalization;
using System.Text;

namespace CoopBot.Storage;

/// <summary>
/// Makes arbitrary strings usable as PartitionKey/RowKey. <see cref="Encode"/> replaces each disallowed
/// character ('/', '\', '#', '?', U+0000–U+001F, U+007F–U+009F) and the escape character '~' itself with
/// '~' plus two uppercase hex digits; every other character is kept, so most keys stay readable and
/// <see cref="Decode"/> restores the original exactly. Escaped characters do not keep their sort order.
/// </summary>
public static class TableKey
{
    private const char Escape = '~';

    internal static readonly SearchValues<char> DisallowedCharacters = SearchValues.Create(
        "/\\#?" + new string([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(i => (char)i)]));

    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "/\\#?~" + new string([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(i => (char)i)]));

    /// <summary>True when <paramref name="key"/> can be sent as-is (allowed characters, at most <see cref="TableLimits.MaxKeyLength"/> long).</summary>
    public static bool IsValid(string key) =>
        key is not null && key.Length <= TableLimits.MaxKeyLength && !key.AsSpan().ContainsAny(DisallowedCharacters);

    /// <summary>Encodes <paramref name="raw"/>; throws <see cref="TableLimitException"/> if the result exceeds <see cref="TableLimits.MaxKeyLength"/>.</summary>
    public static string Encode(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (!raw.AsSpan().ContainsAny(NeedsEscape))
        {
            TableLimits.ValidateKey(raw, nameof(raw));
            return raw;
        }

        var builder = new StringBuilder(raw.Length + 8);
        foreach (var c in raw)
        {
            if (NeedsEscape.Contains(c))
            {
                builder.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        var encoded = builder.ToString();
        TableLimits.ValidateKey(encoded, nameof(raw));
        return encoded;
    }

    /// <summary>
    /// For lookups by an id from outside (a card's data): <see cref="Encode"/>, or null when the encoded id would break
    /// the key rules, so no row can have it (<see cref="TableClientExtensions.GetEntityOrNullAsync"/> answers null).
    /// </summary>
    public static string? EncodeOrNull(string? raw)
    {
        try
        {
            return raw is null ? null : Encode(raw);
        }
        catch (TableLimitException)
        {
            return null;
        }
    }

    /// <summary>Reverses <see cref="Encode"/>; throws <see cref="FormatException"/> on a malformed escape.</summary>
    public static string Decode(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (!encoded.Contains(Escape, StringComparison.Ordinal))
        {
            return encoded;
        }

        var builder = new StringBuilder(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] != Escape)
            {
                builder.Append(encoded[i]);
                continue;
            }

            if (i + 2 >= encoded.Length
                || !byte.TryParse(encoded.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw new FormatException($"Malformed key escape at index {i}.");
            }

            builder.Append((char)code);
            i += 2;
        }

        return builder.ToString();
    }
}
