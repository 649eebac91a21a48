using CoopBot.Protocol.Hosting;

namespace CoopBot.Help.Contracts;

/// <summary>The welcome when CoopBot is installed in a team, chat or personal scope (the registry's install events).</summary>
public interface IWelcome
{
    /// <summary>Greets the conversation of the turn: once per conversation, whatever the number of install events.</summary>
    Task WelcomeAsync(TurnContext turn, CancellationToken ct);
}
