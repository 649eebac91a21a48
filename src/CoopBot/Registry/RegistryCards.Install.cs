using CoopBot.Cards;
using CoopBot.Registry.Contracts;

namespace CoopBot.Registry;

/// <summary>Cards after CoopBot is added to a team: the offer to link it to a stuurgroep, and the confirmation.</summary>
internal static class InstallCards
{
    public static AdaptiveCard LinkOffer(string? teamName, IReadOnlyList<SteeringGroup> groups, string? error = null)
    {
        var card = new AdaptiveCard().AddBody(
            TextBlock.Heading("Dit team koppelen aan een stuurgroep"),
            new TextBlock(
                (teamName is null ? "Dit team" : $"Het team {CardText.Literal(teamName)}")
                + " is nog niet gekoppeld. De voorzitter van de stuurgroep (of de community manager) kiest hier de stuurgroep; daarna beslist de stuurgroep in dit team.")
            { IsSubtle = true });
        if (error is not null)
        {
            card.AddBody(new TextBlock(error) { Color = TextColor.Attention });
        }

        return card
            .AddBody(new InputChoiceSet("steeringGroupId", groups.Select(g => new Choice(g.Name, g.Id)))
            {
                Label = "Stuurgroep",
                IsRequired = true,
                ErrorMessage = "Kies een stuurgroep.",
            })
            .AddActions(new ActionExecute { Title = RegistryTexts.LinkButton, Verb = RegistryVerbs.LinkTeam, Style = ActionStyle.Positive });
    }

    public static AdaptiveCard Linked(SteeringGroup group, string linkedBy) => new AdaptiveCard().AddBody(
        new TextBlock("Team gekoppeld") { Weight = TextWeight.Bolder },
        new TextBlock($"Dit team is nu gekoppeld aan {CardText.Literal(group.Name)} (door {CardText.Literal(linkedBy)}). Stemmingen starten in dit team met @CoopBot stemming."));
}
