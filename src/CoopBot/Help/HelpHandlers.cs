using CoopBot.Common;
using CoopBot.Protocol.Hosting;

namespace CoopBot.Help;

/// <summary>"help", and the answer to anything CoopBot does not understand.</summary>
internal sealed class HelpHandlers
{
    public Task ShowHelpAsync(TurnContext turn, string arguments, CancellationToken ct) => turn.SendCardAsync(HelpCards.Build(), ct);

    public async Task UnknownCommandAsync(TurnContext turn, string text, CancellationToken ct)
    {
        await turn.SendActivityAsync("Dat begrijp ik niet. Hieronder zie je wat je me kan vragen.", ct);
        await turn.SendCardAsync(HelpCards.Build(), ct);
    }

    /// <summary>Greets a team or person when CoopBot is installed.</summary>
    public Task WelcomeAsync(TurnContext turn, CancellationToken ct) => turn.SendCardAsync(HelpCards.Build(), ct);
}
