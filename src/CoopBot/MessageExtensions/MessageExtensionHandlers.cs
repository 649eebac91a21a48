using CoopBot.Registry.Contracts;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopBot.Cards;
using CoopBot.Decisions;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Decisions;
using CoopBot.Escalation;
using CoopBot.MeetingChat.Contracts;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;
using CoopBot.Registry;

namespace CoopBot.MessageExtensions;

/// <summary>
/// The action commands: the creation form of the decisions feature as a dialog (fetchTask), and its submission
/// (submitAction) through the same creation flow, which posts the card in the conversation.
/// </summary>
internal sealed partial class MessageExtensionHandlers(
    IDecisionForms decisions,
    IConversationGroups groups,
    IVoterEligibility eligibility,
    IMeetingVotes meetingVotes,
    TimeProvider clock)
{
    public async Task<InvokeResponse> OpenFormAsync(TurnContext turn, MessagingExtensionAction value, DecisionForm form, CancellationToken ct)
    {
        var group = await groups.FindAsync(turn.Activity, ct);
        if (group is null)
        {
            return ComposeExtensionResponseFactory.DialogMessage(MessageExtensionTexts.NotInSteeringGroup);
        }

        if (!await eligibility.CanManageDecisionsAsync(group.Id, turn.Activity.From?.AadObjectId, clock.GetUtcNow(), ct))
        {
            return ComposeExtensionResponseFactory.DialogMessage(DecisionSentences.OnlyManagersMayCreate.Message);
        }

        var previous = FromMessage(form, group.Id, value.MessagePayload?.Body?.Content);
        return Dialog(form, DecisionFormCards.Create(form, group.Id, group.Name, decisions.DefaultDate(form), previous: previous));
    }

    public async Task<InvokeResponse> SubmitAsync(TurnContext turn, MessagingExtensionAction value, CancellationToken ct)
    {
        var submitted = value.Data is { ValueKind: JsonValueKind.Object } json ? Read<DialogSubmitData>(json) : null;
        var data = submitted is null ? null : Read<CreatePollData>(value.Data!.Value);
        var form = DecisionForms.Find(data?.Form);
        var group = await groups.FindAsync(turn.Activity, ct);
        if (data is null || form is null || group is null || group.Id != data.SteeringGroupId)
        {
            // The form names its stuurgroep; it must be the one of the conversation the card will be posted in.
            return ComposeExtensionResponseFactory.DialogMessage(MessageExtensionTexts.NotInSteeringGroup);
        }

        switch (submitted!.Verb)
        {
            case DecisionVerbs.Create:
                var (created, card) = await decisions.SubmitAsync(turn, data, ct);
                if (created is not null)
                {
                    await meetingVotes.AfterCreatedAsync(turn, created, ct);
                    return ComposeExtensionResponseFactory.DialogMessage(MessageExtensionTexts.Created(created.Definition.Kind.DisplayName, created.Definition.Title));
                }

                return card is null ? ComposeExtensionResponseFactory.DialogMessage(MessageExtensionTexts.NotInSteeringGroup) : Dialog(form, card);
            case EscalationVerbs.Edit:
                // "Wijzigen" on the amount confirmation step: back to the form, filled in, without the confirmation.
                var edit = data with { Confirmed = null, BudgetAcknowledged = null };
                return Dialog(form, DecisionFormCards.Create(form, group.Id, group.Name, decisions.DefaultDate(form), previous: edit));
            default:
                return ComposeExtensionResponseFactory.DialogMessage(MessageExtensionTexts.UnknownDialogAction);
        }
    }

    private static InvokeResponse Dialog(DecisionForm form, AdaptiveCard card) =>
        ComposeExtensionResponseFactory.Dialog(AdaptiveCardSerializer.ToJsonNode(DialogCards.ForDialog(card)), form.Heading);

    // "Maak hier een voorstel van": the message's first line becomes the title, the whole text the description.
    private static CreatePollData? FromMessage(DecisionForm form, string steeringGroupId, string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var text = WebUtility.HtmlDecode(LineBreaks().Replace(Tags().Replace(LineBreakTags().Replace(html, "\n"), string.Empty), "\n")).Trim();
        var title = text.Split('\n', 2)[0].Trim();
        return new CreatePollData(
            form.Command,
            steeringGroupId,
            title[..Math.Min(title.Length, PollLimits.TitleMaxLength)],
            text[..Math.Min(text.Length, PollLimits.DescriptionMaxLength)],
            null,
            null,
            null);
    }

    private static T? Read<T>(JsonElement json)
        where T : class
    {
        try
        {
            return json.Deserialize<T>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<\s*(br|/p|/div|/li)\s*/?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTags();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex LineBreaks();
}
