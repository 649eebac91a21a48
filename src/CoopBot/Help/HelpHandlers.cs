using CoopBot.Common;
using CoopBot.Protocol.Hosting;

namespace CoopBot.Help;

/// <summary>"help", and the welcome card. Messages that match no command are FAQ questions (see Faq/FaqHandlers).</summary>
internal sealed class HelpHandlers(WelcomeLedger welcomes)
{
    public Task ShowHelpAsync(TurnContext turn, string arguments, CancellationToken ct) => turn.SendCardAsync(HelpCards.Build(), ct);

    /// <summary>Greets a team or person when CoopBot is installed: once per conversation, whatever the number of install events.</summary>
    public async Task WelcomeAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.Conversation?.Id is not { Length: > 0 } conversationId || !await welcomes.ClaimAsync(conversationId, ct))
        {
            return;
        }

        try
        {
            await turn.SendCardAsync(HelpCards.Build(), ct);
        }
        catch
        {
            await welcomes.ReleaseAsync(conversationId, CancellationToken.None);
            throw;
        }
    }
}
