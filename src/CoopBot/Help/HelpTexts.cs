namespace CoopBot.Help;

/// <summary>Dutch (nl-BE) texts of the help card: what each command does, and where.</summary>
internal static class HelpTexts
{
    public const string Title = "CoopBot helpt je stuurgroep beslissen";
    public const string HowToAsk = "In het kanaal van je stuurgroep vermeld je @CoopBot met een opdracht. In een persoonlijke chat typ je de opdracht gewoon.";
    public const string VotingHint = "Leden stemmen rechtstreeks op de kaart en kunnen hun stem wijzigen tot de stemming sluit.";

    public const string Proposal = "Start een voorstel (voor, tegen, onthouding; optioneel bezwaar en een bedrag) in het kanaal van je stuurgroep.";
    public const string Poll = "Start een stemming met één of meer keuzes in het kanaal van je stuurgroep (voorzitter, productmanager of community manager).";
    public const string Statement = "Leg een stelling voor: van helemaal akkoord tot helemaal niet akkoord.";
    public const string Register = "Toont de laatste besluiten van de stuurgroep van dit kanaal.";
    public const string WhoIsIn = "Toont de leden, hun rol, organisatie en einde van de termijn (in het kanaal: van die stuurgroep).";
    public const string MyGroups = "Toont de stuurgroepen waarin je zit en de stemmingen waarop je nog niet stemde.";
    public const string MyConfirmations =
        "Voor de directie, het financieel comité, de voorzitter van Cultuurconnect en de Raad van Bestuur: de besluiten die op jouw bevestiging wachten.";
    public const string Candidacy = "Stel je kandidaat voor een stuurgroep, met je motivatie (in een persoonlijke chat).";
    public const string Submission = "Dien als coöperant een voorstel in bij een stuurgroep; andere coöperanten kunnen het steunen (in een persoonlijke chat).";
    public const string Objection = "Maak bezwaar tegen de samenstelling van een stuurgroep (in een persoonlijke chat).";
    public const string Composition = "Toont het evenwicht van de samenstelling (voorzitter en community manager).";
    public const string Budget = "Toont de deelbegroting van de stuurgroep van dit kanaal: vastgelegd, gereserveerd en nog beschikbaar.";
    public const string PlanMeeting = "Plan een vergadering van je stuurgroep, met een vaste datum of een tijdspeiling (voorzitter of productmanager).";
    public const string Help = "Toont dit overzicht.";
    public const string QuestionCommand = "je vraag";
    public const string Question =
        "Elke andere boodschap is een vraag over het coöperatief bestuursmodel; weet CoopBot het niet zeker, dan kan je ze aan de community manager stellen.";
}
