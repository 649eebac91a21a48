using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Protocol.Hosting;
using CoopBot.Help.Contracts;
using CoopBot.Registry.Contracts;

namespace CoopBot.Help;

/// <summary>"help", and the welcome card. Messages that match no command are FAQ questions (see Faq/FaqHandlers).</summary>
internal sealed class HelpHandlers(WelcomeLedger welcomes, IConfirmingBodyMembership confirmers) : IHelpCards, IWelcome
{
    public async Task ShowHelpAsync(TurnContext turn, string arguments, CancellationToken ct) =>
        await turn.SendCardAsync(await ForSenderAsync(turn, ct), ct);

    /// <summary>Greets a team or person when CoopBot is installed: once per conversation, whatever the number of install events.</summary>
    public async Task WelcomeAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.Conversation?.Id is not { Length: > 0 } conversationId || !await welcomes.ClaimAsync(conversationId, ct))
        {
            return;
        }

        try
        {
            // A team or group sees the welcome together: only a personal chat is one reader, whose bodies decide.
            var personal = turn.Activity.Conversation?.ConversationType is null or "personal";
            await turn.SendCardAsync(personal ? await ForSenderAsync(turn, ct) : HelpCards.Build(), ct);
        }
        catch
        {
            await welcomes.ReleaseAsync(conversationId, CancellationToken.None);
            throw;
        }
    }

    /// <summary>The help card for the person who wrote: with "mijn bevestigingen" only when they sit in a confirming body (registry).</summary>
    public async Task<AdaptiveCard> ForSenderAsync(TurnContext turn, CancellationToken ct) =>
        HelpCards.Build(confirmer: (await confirmers.BodiesOfAsync(turn.Activity.From?.AadObjectId, ct)).Count > 0);
}
