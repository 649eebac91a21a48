using CoopBot.Common;
using CoopBot.Help.Contracts;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;
using CoopBot.Registry.Contracts;

namespace CoopBot.Registry;

/// <summary>
/// Install and membership events: CoopBot introduces itself when it is added to a team or chat. In a team it also records
/// the team, channel and serviceUrl, and offers a card to link the team to a stuurgroep unless it is linked already.
/// </summary>
internal sealed class InstallationHandlers(IWelcome help, TeamLinks links, IMembershipDirectory directory)
{
    public async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken ct)
    {
        var botAdded = turn.Activity.MembersAdded?.Any(m => m is not null && m.Id == turn.Activity.Recipient?.Id) ?? false;
        if (!botAdded)
        {
            return;
        }

        await help.WelcomeAsync(turn, ct);

        // Teams sends both conversationUpdate and installationUpdate for a team install: only this one offers the link card.
        if (await RecordAsync(turn, ct) is { } install && await directory.FindByTeamAsync(install.TeamId, install.ChannelId, ct) is null)
        {
            await turn.SendCardAsync(InstallCards.LinkOffer(install.TeamName, await directory.GetSteeringGroupsAsync(ct)), ct);
        }
    }

    public async Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken ct)
    {
        if (string.Equals(turn.Activity.Action, "add", StringComparison.OrdinalIgnoreCase))
        {
            await RecordAsync(turn, ct);
            await help.WelcomeAsync(turn, ct);
        }
    }

    /// <summary>"Koppelen": the team is the one this card lives in (from the activity), never from card data.</summary>
    public async Task<InvokeResponse> LinkAsync(TurnContext turn, LinkTeamData data, CancellationToken ct)
    {
        var teamId = turn.Activity.GetTeamsChannelData().Team?.Id;
        // Not recorded here: a refused link must leave storage as it was (TeamLinks records it once the link is allowed).
        var install = teamId is null ? null : await links.FindAsync(teamId, ct) ?? InstallOf(turn.Activity);
        if (install is null)
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(RegistryTexts.NotInTeam);
        }

        var linked = await links.LinkAsync(install, data.SteeringGroupId, turn.Activity.From?.AadObjectId, ct);
        return linked.IsSuccess
            ? TurnExtensions.CardResponse(InstallCards.Linked(linked.Value, turn.Activity.From?.Name ?? "onbekend"))
            : TurnExtensions.CardResponse(InstallCards.LinkOffer(install.TeamName, await directory.GetSteeringGroupsAsync(ct), linked.Rejection.Message));
    }

    private async Task<TeamInstall?> RecordAsync(TurnContext turn, CancellationToken ct)
    {
        if (InstallOf(turn.Activity) is not { } install)
        {
            return null;
        }

        await links.RecordAsync(install, ct);
        return install;
    }

    private static TeamInstall? InstallOf(Activity activity)
    {
        var channelData = activity.GetTeamsChannelData();
        if (channelData.Team?.Id is not { Length: > 0 } teamId || activity.ServiceUrl is not { } serviceUrl)
        {
            return null;
        }

        // The team's General channel has the team id; a chosen channel (settings.selectedChannel) is where it was added.
        var channelId = channelData.Channel?.Id ?? channelData.Settings?.SelectedChannel?.Id ?? teamId;
        return new TeamInstall(teamId, channelData.Team.Name, channelId, serviceUrl, activity.GetTenantId(), channelData.Team.AadGroupId);
    }
}
