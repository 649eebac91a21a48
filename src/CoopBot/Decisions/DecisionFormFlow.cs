using System.Globalization;
using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Protocol.Hosting;
using CoopBot.Registry.Contracts;

namespace CoopBot.Decisions;

/// <summary>
/// The submitted creation form (<see cref="IDecisionForms"/>): the form's text read into a request, the creation gates of
/// other features, <see cref="DecisionCreation"/>, the card posted as a new thread.
/// </summary>
internal sealed class DecisionFormFlow(
    IMembershipDirectory directory,
    IEnumerable<IDecisionCreateGate> createGates,
    DecisionCreation creation,
    DecisionCardPoster poster,
    DecisionLookup lookup,
    TimeProvider clock) : IDecisionForms
{
    /// <summary>The creation flow shared by the card form, the meeting chat and the message extension's dialog.</summary>
    public async Task<(DecisionSummary? Created, AdaptiveCard? Card)> SubmitAsync(TurnContext turn, CreatePollData data, CancellationToken ct)
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

        var created = context is not null ? await creation.CreatePollAsync(context.Request, ct) : Result<PollRecord>.Fail(request.Rejection!);
        if (!created.IsSuccess)
        {
            return (null, DecisionCards.CreateForm(form, group.Id, group.Name, DefaultDate(form), created.Rejection.Message, data));
        }

        var summary = created.Value.ToSummary();
        foreach (var gate in createGates)
        {
            await gate.AfterCreatedAsync(summary, context!, ct);
        }

        await poster.PostAsync(turn, summary.Id, ct);
        return (summary, DecisionCards.Created(created.Value, lookup.TimeZone));
    }

    private Result<CreatePollRequest> ToRequest(TurnContext turn, string steeringGroupId, DecisionForm form, CreatePollData data)
    {
        if (!TryParseClosing(data.ClosesDate, data.ClosesTime, lookup.TimeZone, out var closesAt))
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

    /// <summary>The default closing date of a new decision of this form (the kind's default duration from today, Brussels).</summary>
    public DateOnly DefaultDate(DecisionForm form)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), lookup.TimeZone).Date);
        return today.AddDays((int)PollKinds.Find(form.KindId)!.DefaultDuration.TotalDays);
    }

    /// <summary>A closing moment as the forms send it (date "yyyy-MM-dd", time "HH:mm"), local to <paramref name="zone"/>.</summary>
    public static bool TryParseClosing(string? dateText, string? timeText, TimeZoneInfo zone, out DateTimeOffset closesAt)
    {
        var closing = LocalClosing.Parse(dateText, timeText);
        closesAt = closing?.ToUtc(zone) ?? default;
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
