using CoopBot.Common;
using CoopBot.Protocol.Hosting;

namespace CoopBot.Help;

/// <summary>"help", and the welcome card. Messages that match no command are FAQ questions (see Faq/FaqHandlers).</summary>
internal sealed class HelpHandlers
{
    public Task ShowHelpAsync(TurnContext turn, string arguments, CancellationToken ct) => turn.SendCardAsync(HelpCards.Build(), ct);

    /// <summary>Greets a team or person when CoopBot is installed.</summary>
    public Task WelcomeAsync(TurnContext turn, CancellationToken ct) => turn.SendCardAsync(HelpCards.Build(), ct);
}
