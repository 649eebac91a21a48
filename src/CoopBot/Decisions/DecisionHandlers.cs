using CoopBot.Decisions.Contracts;
using CoopBot.Registry.Contracts;
using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;
using CoopBot.Registry;

namespace CoopBot.Decisions;

/// <summary>Thin handlers: parse, call the service, build the card.</summary>
internal sealed partial class DecisionHandlers(
    DecisionService decisions,
    DecisionVoting voting,
    DecisionLifecycle lifecycle,
    DecisionReminders reminders,
    DecisionComments comments,
    DecisionFormFlow forms,
    DecisionRegister register,
    IMembershipDirectory directory,
    IVoterEligibility eligibility,
    SharedCardUpdater cards,
    ProactiveMessenger messenger,
    DeliveryLedger ledger,
    TimeProvider clock,
    ILogger<DecisionHandlers> logger)
{
    public Task StartProposalAsync(TurnContext turn, string arguments, CancellationToken ct) => StartAsync(turn, DecisionForms.Proposal, arguments, ct);

    public Task StartPollAsync(TurnContext turn, string arguments, CancellationToken ct) => StartAsync(turn, DecisionForms.Poll, arguments, ct);

    public Task StartStatementAsync(TurnContext turn, string arguments, CancellationToken ct) => StartAsync(turn, DecisionForms.Statement, arguments, ct);

    /// <summary>"besluiten": the last decisions of the channel's stuurgroep.</summary>
    public async Task ShowRegisterAsync(TurnContext turn, string arguments, CancellationToken ct)
    {
        var channelData = turn.Activity.GetTeamsChannelData();
        var group = await directory.FindByTeamAsync(channelData.Team?.Id, channelData.Channel?.Id, ct);
        if (group is null)
        {
            await turn.SendActivityAsync(DecisionTexts.RegisterOnlyInChannel, ct);
            return;
        }

        var entries = await register.LatestAsync(group.Id, RegisterCards.LatestCount, RegisterScope.Intern, ct);
        await turn.SendCardAsync(RegisterCards.Latest(group.Name, entries, decisions.TimeZone), ct);
    }

    // Only the chair, the product manager or the community manager gets the creation form, in the stuurgroep channel.
    private async Task StartAsync(TurnContext turn, DecisionForm form, string arguments, CancellationToken ct)
    {
        var channelData = turn.Activity.GetTeamsChannelData();
        var group = await directory.FindByTeamAsync(channelData.Team?.Id, channelData.Channel?.Id, ct);
        if (group is null)
        {
            await turn.SendActivityAsync(DecisionTexts.NotInSteeringGroupChannel.Message, ct);
            return;
        }

        if (!await eligibility.CanManageDecisionsAsync(group.Id, turn.Activity.From?.AadObjectId, clock.GetUtcNow(), ct))
        {
            await turn.SendActivityAsync(DecisionTexts.OnlyManagersMayCreate.Message, ct);
            return;
        }

        var previous = string.IsNullOrWhiteSpace(arguments) ? null : new CreatePollData(form.Command, group.Id, arguments, null, null, null, null);
        await turn.SendCardAsync(DecisionCards.CreateForm(form, group.Id, group.Name, forms.DefaultDate(form), previous: previous), ct);
    }

    public async Task<InvokeResponse> CreateAsync(TurnContext turn, CreatePollData data, CancellationToken ct) =>
        (await forms.SubmitAsync(turn, data, ct)).Card is { } card
            ? TurnExtensions.CardResponse(card)
            : AdaptiveCardInvokeResponseFactory.BadRequest(DecisionTexts.NotInSteeringGroupChannel.Message);

    private bool TryParseClosing(string? dateText, string? timeText, out DateTimeOffset closesAt) =>
        DecisionFormFlow.TryParseClosing(dateText, timeText, decisions.TimeZone, out closesAt);
}
