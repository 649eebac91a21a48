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
            ? (RegistryTexts.CandidacyHeading, RegistryTexts.CandidacyIntro, RegistryTexts.CandidacyLabel)
            : (RegistryTexts.ObjectionHeading, RegistryTexts.ObjectionIntro, RegistryTexts.ObjectionLabel);
        var card = new AdaptiveCard().AddBody(TextBlock.Heading(title), new TextBlock(intro) { IsSubtle = true });
        if (error is not null)
        {
            card.AddBody(new TextBlock(error) { Color = TextColor.Attention });
        }

        return card
            .AddBody(
                new InputChoiceSet("steeringGroupId", groups.Select(g => new Choice(g.Name, g.Id)))
                {
                    Label = RegistryTexts.SteeringGroupLabel,
                    Value = previous?.SteeringGroupId ?? (groups.Count == 1 ? groups[0].Id : null),
                    IsRequired = true,
                    ErrorMessage = RegistryTexts.ChooseSteeringGroup,
                },
                new InputText("motivation")
                {
                    Label = label,
                    IsMultiline = true,
                    MaxLength = CompositionFeedbackRules.MaxMotivationLength,
                    IsRequired = true,
                    ErrorMessage = RegistryTexts.MotivationTooShort(CompositionFeedbackRules.MinMotivationLength),
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
        new TextBlock(Title(feedback.Kind) + RegistryTexts.SentSuffix) { Weight = TextWeight.Bolder },
        new TextBlock(RegistryTexts.Submitted(feedback.Kind.DisplayName(), groupName)),
        TextBlock.Literal(feedback.Motivation));

    /// <summary>What the community manager sees: the item, and while it is open the two buttons.</summary>
    public static AdaptiveCard ForCommunityManager(CompositionFeedback feedback, string groupName, string organisationName, TimeZoneInfo zone, string? notice = null)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(Title(feedback.Kind)),
            new FactSet(
                Fact.Literal(RegistryTexts.SteeringGroupLabel, groupName),
                Fact.Literal(RegistryTexts.FromLabel, feedback.PersonName),
                Fact.Literal(RegistryTexts.OrganisationLabel, organisationName),
                new Fact(RegistryTexts.SubmittedLabel, DutchFormat.DateTime(feedback.SubmittedAt, zone)),
                new Fact(RegistryTexts.StatusLabel, feedback.Status.DisplayName())),
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
        new TextBlock(RegistryTexts.QuestionsHint) { IsSubtle = true });

    private static string Title(FeedbackKind kind) => kind == FeedbackKind.Kandidatuur ? RegistryTexts.CandidacyTitle : RegistryTexts.ObjectionHeading;
}
