using CoopBot.Registry.Contracts;
using System.Globalization;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Amounts;

namespace CoopBot.Tab;

/// <summary>
/// The register filter as the query string carries it (so a filtered view is a link, and the export gets the same
/// filter). Invalid values are dropped and reported once, never a 500.
/// </summary>
internal sealed record RegisterFilter(string? SteeringGroup, int? Year, string? Kind, string? Status, Money? MinAmount, Money? MaxAmount, int Page)
{
    public const int PageSize = 50;

    public static RegisterFilter Empty { get; } = new(null, null, null, null, null, null, 1);

    public bool HasAmountRange => MinAmount is not null || MaxAmount is not null;

    /// <summary>Whether <see cref="Matches"/> can drop rows (the stuurgroep and year are chosen by the read itself).</summary>
    public bool FiltersRows => Kind is not null || Status is not null || HasAmountRange;

    /// <summary>
    /// What the table can drop before sending: a superset of <see cref="Matches"/> on the redacted rows (a redacted row has
    /// no amount, so an amount range drops it anyway; redaction keeps the kind).
    /// </summary>
    public RegisterNarrowing Narrowing => new(Kind, MinAmount?.Cents, MaxAmount?.Cents);

    public static (RegisterFilter Filter, bool Invalid) Parse(IQueryCollection query)
    {
        var invalid = false;
        string? Text(string key) => string.IsNullOrWhiteSpace(query[key]) ? null : query[key].ToString().Trim();
        int? Number(string key, int min, int max)
        {
            if (Text(key) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            invalid = true;
            return null;
        }

        Money? Amount(string key)
        {
            if (Text(key) is not { } text)
            {
                return null;
            }

            var parsed = AmountParser.Parse(text);
            invalid |= !parsed.IsSuccess;
            return parsed.IsSuccess ? parsed.Value : null;
        }

        var status = Text("status");
        if (status is not null && !TabTexts.RegisterStatuses.Contains(status, StringComparer.Ordinal))
        {
            invalid = true;
            status = null;
        }

        var filter = new RegisterFilter(Text("stuurgroep"), Number("jaar", 2000, 2100), Text("soort"), status, Amount("min"), Amount("max"), Number("pagina", 1, 10_000) ?? 1);
        return (filter, invalid);
    }

    public bool Matches(RegisterRow entry) =>
        (Kind is null || string.Equals(entry.Kind, Kind, StringComparison.Ordinal))
        && (Status is null || entry.Status.StartsWith(Status, StringComparison.Ordinal))
        && (!HasAmountRange || (entry.AmountCents is { } cents && cents >= (MinAmount?.Cents ?? long.MinValue) && cents <= (MaxAmount?.Cents ?? long.MaxValue)));

    /// <summary>The query string of this filter (without the page), for the export links and paging.</summary>
    public string Query(int? page = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("stuurgroep", SteeringGroup);
        Add("jaar", Year?.ToString(CultureInfo.InvariantCulture));
        Add("soort", Kind);
        Add("status", Status);
        Add("min", MinAmount is { } min ? min.Euros.ToString("0.##", TabTimeZone.Culture) : null);
        Add("max", MaxAmount is { } max ? max.Euros.ToString("0.##", TabTimeZone.Culture) : null);
        Add("pagina", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }
}
