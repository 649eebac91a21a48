using CoopBot.Domain.Amounts;
using CoopBot.Domain.Meetings;

namespace CoopBot.Domain.Tests.Meetings;

public class PublicRedactionTests
{
    [Fact]
    public void Redact_ConfidentialItem_KeepsOnlyNumber()
    {
        MeetingItem[] items = [new(2, "Offerte leverancier X", "Prijs per jaar", Money.FromEuros(120_000m), IsConfidential: true)];

        Assert.Equal([new PublicMeetingItem(2, "Vertrouwelijk punt", null, null, IsRedacted: true)], PublicRedaction.Redact(items));
    }

    [Fact]
    public void Redact_PublicItem_StaysAsIs()
    {
        MeetingItem[] items = [new(1, "Roadmap 2026", "Besproken en goedgekeurd.", Money.FromEuros(12_000m), IsConfidential: false)];

        Assert.Equal([new PublicMeetingItem(1, "Roadmap 2026", "Besproken en goedgekeurd.", Money.FromEuros(12_000m), IsRedacted: false)], PublicRedaction.Redact(items));
    }

    [Fact]
    public void Redact_MixedItems_KeepsOrderAndLeaksNothing()
    {
        MeetingItem[] items =
        [
            new(1, "Welkom", null, null, false),
            new(2, "Budget Fundels", "Geheim bedrag", Money.FromEuros(90_000m), true),
            new(3, "Varia", "Geen", null, false),
        ];

        var redacted = PublicRedaction.Redact(items);

        Assert.Equal([1, 2, 3], redacted.Select(i => i.Number));
        Assert.Equal([false, true, false], redacted.Select(i => i.IsRedacted));
        Assert.DoesNotContain(redacted, i => i.Title.Contains("Fundels", StringComparison.Ordinal) || i.Text == "Geheim bedrag" || i.Amount == Money.FromEuros(90_000m));
    }

    [Fact]
    public void Redact_NoItems_ReturnsEmpty()
    {
        Assert.Empty(PublicRedaction.Redact([]));
    }
}
