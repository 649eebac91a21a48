using CoopBot.Cards;

namespace CoopBot.Broadcasts;

/// <summary>The chair's delivery-stats card, updated while the broadcast runs.</summary>
internal static class BroadcastCards
{
    public static AdaptiveCard Stats(BroadcastStats stats) => new AdaptiveCard().AddBody(
        new TextBlock(BroadcastTexts.Kind) { IsSubtle = true, Size = TextSize.Small },
        new TextBlock(CardText.Literal(stats.Title)) { Weight = TextWeight.Bolder },
        new FactSet(
            new Fact(BroadcastTexts.SentLabel, BroadcastTexts.Sent(stats.Sent, stats.Total)),
            new Fact(BroadcastTexts.FailedLabel, stats.Failed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Fact(BroadcastTexts.PendingLabel, stats.Pending.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        new TextBlock(stats.Pending == 0 ? BroadcastTexts.Done : BroadcastTexts.Sending) { IsSubtle = true });
}
