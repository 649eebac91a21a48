using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Amounts;

namespace CoopBot.MessageExtensions;

/// <summary>
/// The read-only decision card a search or a link inserts into a message. The message is read by everyone in that
/// conversation, so a confidential item is inserted as its title and a placeholder only.
/// </summary>
internal static class DecisionReferenceCards
{
    public static AdaptiveCard Entry(RegisterRow entry, string steeringGroupName, TimeZoneInfo zone)
    {
        var card = new AdaptiveCard().AddBody(
            new TextBlock(CardText.Literal($"{entry.Kind} · {steeringGroupName}")) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(entry.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder });
        if (entry.Confidential)
        {
            return card.AddBody(new TextBlock(MessageExtensionTexts.ConfidentialPlaceholder) { IsSubtle = true, Wrap = true });
        }

        var facts = new FactSet(
            Fact.Literal("Uitkomst", entry.Outcome),
            new Fact("Deelname", $"{entry.Voters} van {entry.Eligible}"),
            new Fact("Besloten op", entry.DecidedAt is { } at ? DutchFormat.DateTime(at, zone) : "nog niet"),
            entry.Reference is { } reference ? new Fact(ReferenceTexts.ReferenceLabel, reference) : Fact.Literal(ReferenceTexts.ReferenceLabel, entry.ItemId));
        if (entry.AmountCents is { } cents)
        {
            facts.Facts.Add(new Fact("Bedrag", Money.FromCents(cents).ToStringExclVat()));
        }

        return card.AddBody(facts);
    }

    /// <summary>The line under the title in the search result list.</summary>
    public static string Preview(RegisterRow entry, string steeringGroupName) =>
        entry.Confidential ? $"{steeringGroupName} · vertrouwelijk" : $"{steeringGroupName} · {entry.Outcome}";
}
