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
            new TextBlock(CardText.Literal(MessageExtensionTexts.KindLine(entry.Kind, steeringGroupName))) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(entry.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder });
        if (entry.Confidential)
        {
            return card.AddBody(new TextBlock(MessageExtensionTexts.ConfidentialPlaceholder) { IsSubtle = true, Wrap = true });
        }

        var facts = new FactSet(
            Fact.Literal(MessageExtensionTexts.OutcomeLabel, entry.Outcome),
            new Fact(MessageExtensionTexts.ParticipationLabel, MessageExtensionTexts.Participation(entry.Voters, entry.Eligible)),
            new Fact(MessageExtensionTexts.DecidedAtLabel, entry.DecidedAt is { } at ? DutchFormat.DateTime(at, zone) : MessageExtensionTexts.NotYetDecided),
            entry.Reference is { } reference ? new Fact(CoopBot.Decisions.Contracts.ReferenceTexts.ReferenceLabel, reference) : Fact.Literal(CoopBot.Decisions.Contracts.ReferenceTexts.ReferenceLabel, entry.ItemId));
        if (entry.AmountCents is { } cents)
        {
            facts.Facts.Add(new Fact(MessageExtensionTexts.AmountLabel, Money.FromCents(cents).ToStringExclVat()));
        }

        return card.AddBody(facts);
    }

    /// <summary>The line under the title in the search result list.</summary>
    public static string Preview(RegisterRow entry, string steeringGroupName) =>
        MessageExtensionTexts.Preview(steeringGroupName, entry.Confidential ? MessageExtensionTexts.Confidential : entry.Outcome);
}
