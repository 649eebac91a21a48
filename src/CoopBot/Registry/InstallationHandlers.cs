using CoopBot.Help;
using CoopBot.Protocol.Hosting;

namespace CoopBot.Registry;

/// <summary>Install and membership events: CoopBot introduces itself when it is added to a team or chat.</summary>
internal sealed class InstallationHandlers(HelpHandlers help)
{
    public Task OnConversationUpdateAsync(TurnContext turn, CancellationToken ct)
    {
        var botAdded = turn.Activity.MembersAdded?.Any(m => m.Id == turn.Activity.Recipient?.Id) ?? false;
        return botAdded ? help.WelcomeAsync(turn, ct) : Task.CompletedTask;
    }

    public Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken ct) =>
        string.Equals(turn.Activity.Action, "add", StringComparison.OrdinalIgnoreCase) ? help.WelcomeAsync(turn, ct) : Task.CompletedTask;
}
