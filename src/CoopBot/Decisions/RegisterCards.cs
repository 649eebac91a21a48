using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Amounts;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Decisions;

/// <summary>The besluitenregister as a card: the last decisions of one stuurgroep.</summary>
internal static class RegisterCards
{
    public const int LatestCount = 10;

    public static AdaptiveCard Latest(string steeringGroupName, IReadOnlyList<RegisterRow> entries, TimeZoneInfo zone)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(DecisionTexts.RegisterHeading),
            new TextBlock(CardText.Literal(steeringGroupName)) { IsSubtle = true, Spacing = Spacing.None });
        if (entries.Count == 0)
        {
            return card.AddBody(new TextBlock(DecisionTexts.RegisterEmpty));
        }

        foreach (var entry in entries)
        {
            var facts = new FactSet(
                new Fact(DecisionTexts.KindLabel, entry.Kind),
                Fact.Literal(DecisionTexts.OutcomeLabel, entry.Outcome),
                new Fact(DecisionTexts.ParticipationLabelText, DecisionTexts.RegisterParticipation(entry.Voters, entry.Eligible)),
                new Fact(DecisionTexts.DecidedAtLabel, entry.DecidedAt is { } at ? DutchFormat.DateTime(at, zone) : DecisionTexts.NotYetDecided));
            // Issue 16 §4: the reference a person can type elsewhere (besluit zoeken, verslag); older decisions have none.
            if (entry.Reference is { } reference)
            {
                // Written only by DecisionReferences (capitals, digits, dashes): nothing to escape.
                facts.Facts.Insert(0, new Fact(Contracts.ReferenceTexts.ReferenceLabel, reference));
            }

            if (entry.AmountCents is { } cents)
            {
                facts.Facts.Add(new Fact(DecisionTexts.AmountFactLabel, Money.FromCents(cents).ToStringExclVat()));
            }

            // Issue 16 §3: "Aangenomen" alone hides whether a higher body still has to confirm; the row has the status.
            if (entry.AmountCents is not null && entry.DecidedAt is not null && entry.Status != DecisionTexts.RegisterStatusDecided)
            {
                facts.Facts.Add(Fact.Literal(DecisionTexts.RegisterEscalationLabel, entry.Status));
            }

            card.AddBody(new TextBlock(CardText.Literal(entry.Title)) { Weight = TextWeight.Bolder, Separator = true }, facts);
        }

        return card;
    }
}
