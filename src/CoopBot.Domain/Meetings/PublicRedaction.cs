using CoopBot.Domain.Amounts;

namespace CoopBot.Domain.Meetings;

/// <summary>An agenda item or verslag entry as the stuurgroep sees it.</summary>
/// <param name="Number">Position on the agenda.</param>
/// <param name="Title">Title.</param>
/// <param name="Text">Body text, if any.</param>
/// <param name="Amount">An amount discussed, if any.</param>
/// <param name="IsConfidential">Confidential, e.g. an offer or budget under NDA.</param>
public sealed record MeetingItem(int Number, string Title, string? Text, Money? Amount, bool IsConfidential);

/// <summary>An agenda item or verslag entry as every afnemer may see it.</summary>
/// <param name="Number">Position on the agenda, kept so readers see something was discussed.</param>
/// <param name="Title">Title, or "Vertrouwelijk punt".</param>
/// <param name="Text">Body text; null when redacted.</param>
/// <param name="Amount">Amount; null when redacted.</param>
/// <param name="IsRedacted">True when the item was confidential.</param>
public sealed record PublicMeetingItem(int Number, string Title, string? Text, Money? Amount, bool IsRedacted);

/// <summary>
/// The public agenda and verslag. Seed 002: "de agenda en een kort verslag van de stuurgroep [worden] met alle afnemers
/// gedeeld", and confidential financial information "komt ook niet in het openbaar verslag".
/// </summary>
public static class PublicRedaction
{
    /// <summary>What a confidential item shows publicly.</summary>
    public const string ConfidentialTitle = "Vertrouwelijk punt";

    /// <summary>Same items, same order; confidential ones keep only their number.</summary>
    public static IReadOnlyList<PublicMeetingItem> Redact(IEnumerable<MeetingItem> items) =>
        items.Select(i => i.IsConfidential
                ? new PublicMeetingItem(i.Number, ConfidentialTitle, Text: null, Amount: null, IsRedacted: true)
                : new PublicMeetingItem(i.Number, i.Title, i.Text, i.Amount, IsRedacted: false))
            .ToList();
}
