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
            TextBlock.Heading("Voorstel indienen"),
            new TextBlock("Als coöperant leg je een voorstel voor aan een stuurgroep. Het komt in het kanaal van de stuurgroep; andere coöperanten kunnen het steunen en de voorzitter behandelt het.") { IsSubtle = true });
        if (error is not null)
        {
            card.AddBody(new TextBlock(CardText.Literal(error)) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        return card
            .AddBody(
                new InputChoiceSet("target", targets.Select(t => new Choice($"{t.ServiceName} ({t.SteeringGroupName})", t.Value)))
                {
                    Label = "Over welke dienst gaat het?",
                    Style = ChoiceInputStyle.Filtered,
                    IsRequired = true,
                    ErrorMessage = "Kies een dienst.",
                    Value = previous?.Target,
                },
                new InputText("title") { Label = "Titel", MaxLength = PollLimits.TitleMaxLength, IsRequired = true, ErrorMessage = "Vul dit in.", Value = previous?.Title },
                new InputText("description") { Label = "Toelichting", IsMultiline = true, MaxLength = PollLimits.DescriptionMaxLength, Value = previous?.Description },
                new InputText("amount") { Label = "Bedrag in € excl. btw (optioneel)", Placeholder = "Bijvoorbeeld: 12.500", Value = previous?.Amount })
            .AddActions(new ActionExecute { Title = "Indienen", Verb = SubmissionVerbs.Submit, Style = ActionStyle.Positive });
    }

    public static AdaptiveCard Submitted(SubmissionView view) => new AdaptiveCard().AddBody(
        new TextBlock("Voorstel ingediend") { Weight = TextWeight.Bolder },
        TextBlock.Literal(view.Submission.Title),
        new TextBlock(CardText.Literal($"Het staat in het kanaal van {view.SteeringGroupName}. Je krijgt hier bericht van elke stap.")) { IsSubtle = true });

    /// <summary>The submission card in the stuurgroep channel: support for everyone, triage for the chair (checked server-side).</summary>
    public static AdaptiveCard Channel(SubmissionView view, string? notice = null, bool noticeIsError = false)
    {
        var s = view.Submission;
        var card = new AdaptiveCard { Msteams = TeamsCardInfo.FullWidth }.AddBody(
            new TextBlock("Ingediend voorstel van een coöperant") { IsSubtle = true, Size = TextSize.Small },
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
            Fact.Literal("Ingediend door", $"{s.SubmitterName} ({s.OrganisationName})"),
            Fact.Literal("Dienst", s.ServiceName),
            new Fact("Steun", DutchFormat.Count(view.Supporters, "coöperant", "coöperanten")),
            new Fact("Status", SubmissionTexts.Status(s.Status)));
        if (s.Amount is { } amount)
        {
            facts.Facts.Add(new Fact("Bedrag", amount.ToStringExclVat()));
        }

        if (s.ChairMessage is { } message)
        {
            facts.Facts.Add(Fact.Literal(s.Status == SubmissionStatus.Declined ? "Reden" : "Gevraagd", message));
        }

        card.AddBody(facts);
        if (s.Status is SubmissionStatus.TakenUp or SubmissionStatus.Declined)
        {
            return card;
        }

        var data = new { submissionId = s.Id };
        return card.AddActions(
            new ActionExecute { Title = "Steunen", Verb = SubmissionVerbs.Support, Data = data, Style = ActionStyle.Positive },
            new ActionExecute { Title = "Opnemen als voorstel", Verb = SubmissionVerbs.TakeUp, Data = new { submissionId = s.Id, audience = SubmissionAudiences.SteeringGroup } },
            new ActionExecute { Title = "Opnemen als raadpleging", Verb = SubmissionVerbs.TakeUp, Data = new { submissionId = s.Id, audience = SubmissionAudiences.Cooperants } },
            new ActionShowCard("Afwijzen", MessageCard("reason", "Reden (verplicht, max. 500 tekens; de indiener krijgt ze te zien)", "Afwijzen", SubmissionVerbs.Decline, data)),
            new ActionShowCard("Meer info vragen", MessageCard("question", "Welke informatie ontbreekt? (max. 500 tekens)", "Vragen", SubmissionVerbs.AskInfo, data)));
    }

    private static AdaptiveCard MessageCard(string id, string label, string button, string verb, object data) => new AdaptiveCard()
        .AddBody(new InputText(id) { Label = label, IsMultiline = true, MaxLength = SubmissionRules.MessageMaxLength })
        .AddActions(new ActionExecute { Title = button, Verb = verb, Data = data });
}
