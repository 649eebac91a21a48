using CoopBot.Cards;
using CoopBot.Common;
using CoopBot.Domain.Registry;
using CoopBot.Registry.Contracts;
using SteeringGroup = CoopBot.Registry.Contracts.SteeringGroup;

namespace CoopBot.Registry;

/// <summary>Cards of "kandidaat stellen" and "bezwaar samenstelling", and of the community manager's decision.</summary>
internal static class FeedbackCards
{
    public static AdaptiveCard Form(FeedbackKind kind, IReadOnlyList<SteeringGroup> groups, string? error = null, SubmitFeedbackData? previous = null)
    {
        var (title, intro, label) = kind == FeedbackKind.Kandidatuur
            ? ("Kandidaat stellen voor een stuurgroep",
                "Een zitje is persoonlijk en loopt 2 jaar. De community manager weegt alle kandidaturen af; de Raad van Bestuur bekrachtigt de samenstelling.",
                "Waarom stel je je kandidaat?")
            : ("Bezwaar tegen de samenstelling",
                "Vind je een stuurgroep niet evenwichtig samengesteld (provincies, grote en kleine bibliotheken, nieuwe en ervaren mensen)? Laat het de community manager weten.",
                "Wat is je bezwaar?");
        var card = new AdaptiveCard().AddBody(TextBlock.Heading(title), new TextBlock(intro) { IsSubtle = true });
        if (error is not null)
        {
            card.AddBody(new TextBlock(error) { Color = TextColor.Attention });
        }

        return card
            .AddBody(
                new InputChoiceSet("steeringGroupId", groups.Select(g => new Choice(g.Name, g.Id)))
                {
                    Label = "Stuurgroep",
                    Value = previous?.SteeringGroupId ?? (groups.Count == 1 ? groups[0].Id : null),
                    IsRequired = true,
                    ErrorMessage = "Kies een stuurgroep.",
                },
                new InputText("motivation")
                {
                    Label = label,
                    IsMultiline = true,
                    MaxLength = CompositionFeedbackRules.MaxMotivationLength,
                    IsRequired = true,
                    ErrorMessage = $"Schrijf minstens {CompositionFeedbackRules.MinMotivationLength} tekens.",
                    Value = previous?.Motivation,
                })
            .AddActions(new ActionExecute
            {
                Title = RegistryTexts.SubmitButton,
                Verb = RegistryVerbs.SubmitFeedback,
                Data = new { kind = kind.ToString() },
                Style = ActionStyle.Positive,
            });
    }

    public static AdaptiveCard Submitted(CompositionFeedback feedback, string groupName) => new AdaptiveCard().AddBody(
        new TextBlock(Title(feedback.Kind) + " verstuurd") { Weight = TextWeight.Bolder },
        new TextBlock(RegistryTexts.Submitted(feedback.Kind.DisplayName(), groupName)),
        TextBlock.Literal(feedback.Motivation));

    /// <summary>What the community manager sees: the item, and while it is open the two buttons.</summary>
    public static AdaptiveCard ForCommunityManager(CompositionFeedback feedback, string groupName, string organisationName, TimeZoneInfo zone, string? notice = null)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(Title(feedback.Kind)),
            new FactSet(
                Fact.Literal("Stuurgroep", groupName),
                Fact.Literal("Van", feedback.PersonName),
                Fact.Literal("Organisatie", organisationName),
                new Fact("Ingediend", DutchFormat.DateTime(feedback.SubmittedAt, zone)),
                new Fact("Status", feedback.Status.DisplayName())),
            TextBlock.Literal(feedback.Motivation));
        if (notice is not null)
        {
            card.AddBody(new TextBlock(notice) { Color = TextColor.Attention });
        }

        if (feedback.Status == FeedbackStatus.Ingediend)
        {
            card.AddActions(
                new ActionExecute { Title = RegistryTexts.AcceptButton, Verb = RegistryVerbs.DecideFeedback, Data = new { feedbackId = feedback.Id, accept = true }, Style = ActionStyle.Positive },
                new ActionExecute { Title = RegistryTexts.DeclineButton, Verb = RegistryVerbs.DecideFeedback, Data = new { feedbackId = feedback.Id, accept = false }, Style = ActionStyle.Destructive });
        }

        return card;
    }

    public static AdaptiveCard Decided(CompositionFeedback feedback, string groupName) => new AdaptiveCard().AddBody(
        new TextBlock(Title(feedback.Kind) + " " + feedback.Status.DisplayName()) { Weight = TextWeight.Bolder },
        new TextBlock(RegistryTexts.DecidedForSubmitter(feedback.Kind.DisplayName(), groupName, feedback.Status.DisplayName())),
        new TextBlock("Vragen? Typ \"help\" of contacteer de community manager.") { IsSubtle = true });

    private static string Title(FeedbackKind kind) => kind == FeedbackKind.Kandidatuur ? "Kandidatuur" : "Bezwaar tegen de samenstelling";
}
