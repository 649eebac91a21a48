using CoopBot.Cards;
using CoopBot.Protocol.Hosting;

namespace CoopBot.Help.Contracts;

/// <summary>The help card as other features show it (e.g. the FAQ for an empty question).</summary>
public interface IHelpCards
{
    /// <summary>The help card for the person who wrote the turn's activity (with "mijn bevestigingen" only for members of a confirming body).</summary>
    Task<AdaptiveCard> ForSenderAsync(TurnContext turn, CancellationToken ct);
}
