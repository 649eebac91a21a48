using CoopBot.Cards;
using CoopBot.Registry.Contracts;

namespace CoopBot.Registry;

/// <summary>Cards after CoopBot is added to a team: the offer to link it to a stuurgroep, and the confirmation.</summary>
internal static class InstallCards
{
    public static AdaptiveCard LinkOffer(string? teamName, IReadOnlyList<SteeringGroup> groups, string? error = null)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading(RegistryTexts.LinkOfferHeading),
            new TextBlock(RegistryTexts.NotLinkedYet(teamName is null ? null : CardText.Literal(teamName)))
            { IsSubtle = true });
        if (error is not null)
        {
            card.AddBody(new TextBlock(error) { Color = TextColor.Attention });
        }

        return card
            .AddBody(new InputChoiceSet("steeringGroupId", groups.Select(g => new Choice(g.Name, g.Id)))
            {
                Label = RegistryTexts.SteeringGroupLabel,
                IsRequired = true,
                ErrorMessage = RegistryTexts.ChooseSteeringGroup,
            })
            .AddActions(new ActionExecute { Title = RegistryTexts.LinkButton, Verb = RegistryVerbs.LinkTeam, Style = ActionStyle.Positive });
    }

    public static AdaptiveCard Linked(SteeringGroup group, string linkedBy) => new AdaptiveCard().AddBody(
        new TextBlock(RegistryTexts.TeamLinkedHeading) { Weight = TextWeight.Bolder },
        new TextBlock(RegistryTexts.TeamLinked(CardText.Literal(group.Name), CardText.Literal(linkedBy))));
}
