using CoopBot.Cards;

namespace CoopBot.Help;

/// <summary>The Dutch help card: what you can ask CoopBot, and where.</summary>
internal static class HelpCards
{
    public const string Command = "help";

    public static readonly IReadOnlyList<(string Command, string Description)> Commands =
    [
        ("voorstel", "Start een voorstel (voor, tegen, onthouding; optioneel bezwaar en een bedrag) in het kanaal van je stuurgroep."),
        ("stemming", "Start een stemming met één of meer keuzes in het kanaal van je stuurgroep (voorzitter, productmanager of community manager)."),
        ("stelling", "Leg een stelling voor: van helemaal akkoord tot helemaal niet akkoord."),
        ("besluiten", "Toont de laatste besluiten van de stuurgroep van dit kanaal."),
        ("begroting", "Toont de deelbegroting van de stuurgroep van dit kanaal: vastgelegd, gereserveerd en nog beschikbaar."),
        ("help", "Toont dit overzicht."),
    ];

    public static AdaptiveCard Build() => new AdaptiveCard()
        .AddBody(
            TextBlock.Heading("CoopBot helpt je stuurgroep beslissen"),
            new TextBlock("In het kanaal van je stuurgroep vermeld je @CoopBot met een opdracht. In een persoonlijke chat typ je de opdracht gewoon."),
            new FactSet(Commands.Select(c => new Fact(c.Command, c.Description))),
            new TextBlock("Leden stemmen rechtstreeks op de kaart en kunnen hun stem wijzigen tot de stemming sluit.") { IsSubtle = true });
}
