using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Decisions;

namespace CoopBot.Submissions;

/// <summary>Cards of "voorstel indienen". User text is always shown literally.</summary>
internal static class SubmissionCards
{
    public static AdaptiveCard Form(IReadOnlyList<SubmissionTarget> targets, string? error = null, SubmitProposalData? previous = null)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(SubmissionTexts.FormHeading),
            new TextBlock(SubmissionTexts.FormIntro) { IsSubtle = true });
        if (error is not null)
        {
            card.AddBody(new TextBlock(CardText.Literal(error)) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        return card
            .AddBody(
                new InputChoiceSet("target", targets.Select(t => new Choice(SubmissionTexts.ServiceChoice(t.ServiceName, t.SteeringGroupName), t.Value)))
                {
                    Label = SubmissionTexts.ServiceLabel,
                    Style = ChoiceInputStyle.Filtered,
                    IsRequired = true,
                    ErrorMessage = SubmissionTexts.ChooseService,
                    Value = previous?.Target,
                },
                new InputText("title") { Label = SubmissionTexts.TitleLabel, MaxLength = PollLimits.TitleMaxLength, IsRequired = true, ErrorMessage = SubmissionTexts.Required, Value = previous?.Title },
                new InputText("description") { Label = SubmissionTexts.DescriptionLabel, IsMultiline = true, MaxLength = PollLimits.DescriptionMaxLength, Value = previous?.Description },
                new InputText("amount") { Label = SubmissionTexts.AmountLabel, Placeholder = SubmissionTexts.AmountPlaceholder, Value = previous?.Amount })
            .AddActions(new ActionExecute { Title = SubmissionTexts.SubmitButton, Verb = SubmissionVerbs.Submit, Style = ActionStyle.Positive });
    }

    public static AdaptiveCard Submitted(SubmissionView view) => new AdaptiveCard().AddBody(
        new TextBlock(SubmissionTexts.SubmittedHeading) { Weight = TextWeight.Bolder },
        TextBlock.Literal(view.Submission.Title),
        new TextBlock(CardText.Literal(SubmissionTexts.SubmittedWhere(view.SteeringGroupName))) { IsSubtle = true });

    /// <summary>The submission card in the stuurgroep channel: support for everyone, triage for the chair (checked server-side).</summary>
    public static AdaptiveCard Channel(SubmissionView view, string? notice = null, bool noticeIsError = false)
    {
        var s = view.Submission;
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock(SubmissionTexts.ChannelKind) { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(CardText.Literal(s.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder });
        if (notice is not null)
        {
            card.AddBody(new TextBlock(CardText.Literal(notice)) { Color = noticeIsError ? TextColor.Attention : TextColor.Good, Weight = TextWeight.Bolder });
        }

        if (s.Description.Length > 0)
        {
            card.AddBody(TextBlock.Literal(s.Description));
        }

        var facts = new FactSet(
            Fact.Literal(SubmissionTexts.SubmittedByLabel, SubmissionTexts.Submitter(s.SubmitterName, s.OrganisationName)),
            Fact.Literal(SubmissionTexts.ServiceFactLabel, s.ServiceName),
            new Fact(SubmissionTexts.SupportLabel, DutchFormat.Count(view.Supporters, "coöperant", "coöperanten")),
            new Fact(SubmissionTexts.StatusLabel, SubmissionTexts.Status(s.Status)));
        if (s.Amount is { } amount)
        {
            facts.Facts.Add(new Fact(SubmissionTexts.AmountFactLabel, amount.ToStringExclVat()));
        }

        if (s.ChairMessage is { } message)
        {
            facts.Facts.Add(Fact.Literal(s.Status == SubmissionStatus.Declined ? SubmissionTexts.ReasonLabel : SubmissionTexts.AskedLabel, message));
        }

        card.AddBody(facts);
        if (s.Status is SubmissionStatus.TakenUp or SubmissionStatus.Declined)
        {
            return card;
        }

        var data = new { submissionId = s.Id };
        return card.AddActions(
            new ActionExecute { Title = SubmissionTexts.SupportButton, Verb = SubmissionVerbs.Support, Data = data, Style = ActionStyle.Positive },
            new ActionExecute { Title = SubmissionTexts.TakeUpAsProposalButton, Verb = SubmissionVerbs.TakeUp, Data = new { submissionId = s.Id, audience = SubmissionAudiences.SteeringGroup } },
            new ActionExecute { Title = SubmissionTexts.TakeUpAsConsultationButton, Verb = SubmissionVerbs.TakeUp, Data = new { submissionId = s.Id, audience = SubmissionAudiences.Cooperants } },
            new ActionShowCard(SubmissionTexts.DeclineButton, MessageCard("reason", SubmissionTexts.DeclineReasonLabel, SubmissionTexts.DeclineButton, SubmissionVerbs.Decline, data)),
            new ActionShowCard(SubmissionTexts.AskInfoButton, MessageCard("question", SubmissionTexts.AskInfoLabel, SubmissionTexts.AskButton, SubmissionVerbs.AskInfo, data)));
    }

    private static AdaptiveCard MessageCard(string id, string label, string button, string verb, object data) => new AdaptiveCard()
        .AddBody(new InputText(id) { Label = label, IsMultiline = true, MaxLength = SubmissionRules.MessageMaxLength })
        .AddActions(new ActionExecute { Title = button, Verb = verb, Data = data });
}
