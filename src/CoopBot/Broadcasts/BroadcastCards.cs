using CoopBot.Cards;

namespace CoopBot.Broadcasts;

/// <summary>The chair's delivery-stats card, updated while the broadcast runs.</summary>
internal static class BroadcastCards
{
    public static AdaptiveCard Stats(BroadcastStats stats) => new AdaptiveCard().AddBody(
        new TextBlock("Verzending naar alle afnemers") { IsSubtle = true, Size = TextSize.Small },
        new TextBlock(CardText.Literal(stats.Title)) { Weight = TextWeight.Bolder },
        new FactSet(
            new Fact("Verzonden", $"{stats.Sent} van {stats.Total}"),
            new Fact("Mislukt", stats.Failed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Fact("In behandeling", stats.Pending.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        new TextBlock(stats.Pending == 0 ? "Klaar." : "Wordt verzonden, in het tempo dat Teams toelaat.") { IsSubtle = true });
}
