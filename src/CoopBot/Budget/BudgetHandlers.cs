using CoopBot.Budget.Contracts;
using CoopBot.Common;
using CoopBot.Protocol.Hosting;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

namespace CoopBot.Budget;

/// <summary>"begroting" in the stuurgroep channel: the deelbegroting of this year, committed and remaining.</summary>
internal sealed class BudgetHandlers(BudgetService budgets, IMembershipDirectory directory, TimeProvider clock)
{
    public async Task ShowAsync(TurnContext turn, string arguments, CancellationToken ct)
    {
        var channelData = turn.Activity.GetTeamsChannelData();
        var group = await directory.FindByTeamAsync(channelData.Team?.Id, channelData.Channel?.Id, ct);
        if (group is null)
        {
            await turn.SendActivityAsync(BudgetTexts.NotInSteeringGroupChannel.Message, ct);
            return;
        }

        var year = int.TryParse(arguments.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var asked)
            && asked is >= BudgetYears.Min and <= BudgetYears.Max
            ? asked
            : budgets.YearOf(clock.GetUtcNow());
        var status = await budgets.GetStatusAsync(group.Id, year, ct);
        await turn.SendCardAsync(BudgetCards.Status(group.Name, status), ct);
    }
}
