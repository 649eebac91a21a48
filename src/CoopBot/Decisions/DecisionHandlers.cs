using CoopBot.Decisions.Contracts;
using CoopBot.Registry.Contracts;
using System.Globalization;
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
    DecisionRegister register,
    IMembershipDirectory directory,
    IVoterEligibility eligibility,
    SharedCardUpdater cards,
    ProactiveMessenger messenger,
    DeliveryLedger ledger,
    IEnumerable<IDecisionCreateGate> createGates,
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
        await turn.SendCardAsync(DecisionCards.CreateForm(form, group.Id, group.Name, DefaultDate(form), previous: previous), ct);
    }

    public async Task<InvokeResponse> CreateAsync(TurnContext turn, CreatePollData data, CancellationToken ct) =>
        (await CreateAndPostAsync(turn, data, ct)).Card is { } card
            ? TurnExtensions.CardResponse(card)
            : AdaptiveCardInvokeResponseFactory.BadRequest(DecisionTexts.NotInSteeringGroupChannel.Message);

    /// <summary>
    /// The creation flow shared by the card form and the message extension's dialog: gates, the service, the posted card.
    /// <c>Created</c> is null when the answer is a card to continue with (the form with an error, a confirmation step);
    /// <c>Card</c> is null when the data names no stuurgroep or form.
    /// </summary>
    public async Task<(PollRecord? Created, AdaptiveCard? Card)> CreateAndPostAsync(TurnContext turn, CreatePollData data, CancellationToken ct)
    {
        var group = data.SteeringGroupId is null ? null : await directory.FindSteeringGroupAsync(data.SteeringGroupId, ct);
        var form = DecisionForms.Find(data.Form);
        if (group is null || form is null)
        {
            return (null, null);
        }

        var request = ToRequest(turn, group.Id, form, data);
        var context = request.IsSuccess ? new DecisionCreateContext(group, request.Value!, data) : null;
        foreach (var gate in context is null ? [] : createGates)
        {
            var outcome = await gate.BeforeCreateAsync(context!, ct);
            if (outcome.Hold is { } held)
            {
                return (null, held);
            }

            context = context! with { Request = outcome.Proceed! };
        }

        var created = context is not null ? await decisions.CreateAsync(context.Request, ct) : Result<PollRecord>.Fail(request.Rejection!);
        if (!created.IsSuccess)
        {
            return (null, DecisionCards.CreateForm(form, group.Id, group.Name, DefaultDate(form), created.Rejection.Message, data));
        }

        foreach (var gate in createGates)
        {
            await gate.AfterCreatedAsync(created.Value, context!, ct);
        }

        await PostPollCardAsync(turn, created.Value, ct);
        return (created.Value, DecisionCards.Created(created.Value, decisions.TimeZone));
    }

    private Result<CreatePollRequest> ToRequest(TurnContext turn, string steeringGroupId, DecisionForm form, CreatePollData data)
    {
        if (!TryParseClosing(data.ClosesDate, data.ClosesTime, out var closesAt))
        {
            return DecisionTexts.InvalidClosingTime;
        }

        var multiple = form.KindId == PollKinds.SingleChoice.Id && IsOn(data.MultipleChoice);
        var kind = multiple ? PollKinds.MultipleChoice : PollKinds.Find(form.KindId)!;
        var visibility = SettingChoices.Parse(SettingChoices.Visibility, data.ResultsVisibility);
        var reason = SettingChoices.Parse(SettingChoices.Reason, data.ReasonMode);
        var passRule = kind.HasPassRule ? SettingChoices.Parse(SettingChoices.PassRules, data.PassRule) : PassRule.SimpleMajority;
        var audience = SettingChoices.Parse(SettingChoices.Audiences, data.Audience);
        if (visibility is null || reason is null || passRule is null || audience is null)
        {
            return DecisionTexts.InvalidSetting;
        }

        var optionLabels = (data.Options ?? string.Empty).Split('\n');
        if (!TryParseCount(data.Quorum, 0, out var quorum)
            || !TryParseCount(data.MinChoices, 1, out var min)
            || !TryParseCount(data.MaxChoices, optionLabels.Count(l => !string.IsNullOrWhiteSpace(l)), out var max))
        {
            return DecisionTexts.InvalidNumber;
        }

        var settings = PollSettings.Default with
        {
            Anonymous = IsOn(data.Anonymous),
            ResultsVisibility = visibility.Value,
            ReasonMode = reason.Value,
            QuorumPercent = quorum,
            PassRule = passRule.Value,
            Audience = audience.Value,
            MinChoices = multiple ? min : 1,
            MaxChoices = multiple ? max : 1,
            IncludeOptionalOption = IsOn(data.OptionalOption),
        };
        return new CreatePollRequest(steeringGroupId, turn.Actor(), kind.Id, data.Title, data.Description, optionLabels, closesAt, turn.ActivityKey())
        {
            Settings = settings,
            AmountText = data.Amount,
            AttachmentsText = data.Attachments,
        };
    }

    // Issue 4: the decision card goes in the stuurgroep channel as a new thread. Where the channel cannot start a
    // thread (personal or group chat, or an emulator without it), it is posted in the current conversation.
    // An install event names the channel only in settings.selectedChannel, so its handler passes the channel in.
    public async Task PostPollCardAsync(TurnContext turn, PollRecord poll, CancellationToken ct, string? channelId = null)
    {
        var view = await decisions.GetViewAsync(poll.Id, turn.Actor(), ct) ?? throw new InvalidOperationException("Poll vanished after creation.");
        var activity = TurnExtensions.CardActivity(DecisionCards.Shared(view));
        channelId ??= turn.Activity.GetTeamsChannelData().Channel?.Id;
        var location = await ChannelThreads.PostAsync(turn, activity, channelId, ct);
        await decisions.AttachCardAsync(poll.Id, location, ct);
    }

    /// <summary>The default closing date of a new decision of this form (the kind's default duration from today, Brussels).</summary>
    public DateOnly DefaultDate(DecisionForm form)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), decisions.TimeZone).Date);
        return today.AddDays((int)PollKinds.Find(form.KindId)!.DefaultDuration.TotalDays);
    }

    private bool TryParseClosing(string? dateText, string? timeText, out DateTimeOffset closesAt)
    {
        var closing = LocalClosing.Parse(dateText, timeText);
        closesAt = closing?.ToUtc(decisions.TimeZone) ?? default;
        return closing is not null;
    }

    // Input.Number arrives as text ("2" or "2.0"); empty means the default, anything else must be a whole number.
    private static bool TryParseCount(string? text, int fallback, out int value)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number) || number is < 0 or > 1000)
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    private static bool IsOn(string? toggle) => string.Equals(toggle, "true", StringComparison.OrdinalIgnoreCase);
}
