using CoopBot.Cards;
using CoopBot.Escalation;

namespace CoopBot.Help;

/// <summary>The Dutch help card: what you can ask CoopBot, and where.</summary>
internal static class HelpCards
{
    public const string Command = "help";
    public const string Title = "CoopBot helpt je stuurgroep beslissen";

    public static readonly IReadOnlyList<(string Command, string Description)> Commands =
    [
        ("voorstel", "Start een voorstel (voor, tegen, onthouding; optioneel bezwaar en een bedrag) in het kanaal van je stuurgroep."),
        ("stemming", "Start een stemming met één of meer keuzes in het kanaal van je stuurgroep (voorzitter, productmanager of community manager)."),
        ("stelling", "Leg een stelling voor: van helemaal akkoord tot helemaal niet akkoord."),
        ("besluiten", "Toont de laatste besluiten van de stuurgroep van dit kanaal."),
        ("wie zit in de stuurgroep", "Toont de leden, hun rol, organisatie en einde van de termijn (in het kanaal: van die stuurgroep)."),
        ("mijn stuurgroepen", "Toont de stuurgroepen waarin je zit en de stemmingen waarop je nog niet stemde."),
        (MyConfirmations.Command, "Voor de directie, het financieel comité, de voorzitter van Cultuurconnect en de Raad van Bestuur: de besluiten die op jouw bevestiging wachten."),
        ("kandidaat stellen", "Stel je kandidaat voor een stuurgroep, met je motivatie (in een persoonlijke chat)."),
        ("voorstel indienen", "Dien als coöperant een voorstel in bij een stuurgroep; andere coöperanten kunnen het steunen (in een persoonlijke chat)."),
        ("bezwaar samenstelling", "Maak bezwaar tegen de samenstelling van een stuurgroep (in een persoonlijke chat)."),
        ("samenstelling", "Toont het evenwicht van de samenstelling (voorzitter en community manager)."),
        ("begroting", "Toont de deelbegroting van de stuurgroep van dit kanaal: vastgelegd, gereserveerd en nog beschikbaar."),
        ("vergadering plannen", "Plan een vergadering van je stuurgroep, met een vaste datum of een tijdspeiling (voorzitter of productmanager)."),
        ("help", "Toont dit overzicht."),
        ("je vraag", "Elke andere boodschap is een vraag over het coöperatief bestuursmodel; weet CoopBot het niet zeker, dan kan je ze aan de community manager stellen."),
    ];

    /// <summary>The help card; <paramref name="confirmer"/> (issue 16 §3: only they see it) adds the line for <c>mijn bevestigingen</c> (directie, financieel comité, voorzitter, Raad van Bestuur).</summary>
    public static AdaptiveCard Build(bool confirmer = false) => new AdaptiveCard()
        .AddBody(
            TextBlock.Heading(Title),
            new TextBlock("In het kanaal van je stuurgroep vermeld je @CoopBot met een opdracht. In een persoonlijke chat typ je de opdracht gewoon."),
            new FactSet(Commands.Where(c => confirmer || c.Command != MyConfirmations.Command).Select(c => new Fact(c.Command, c.Description))),
            new TextBlock("Leden stemmen rechtstreeks op de kaart en kunnen hun stem wijzigen tot de stemming sluit.") { IsSubtle = true });
}
