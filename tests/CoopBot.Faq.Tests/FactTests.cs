namespace CoopBot.Faq.Tests;

/// <summary>Every fact in the answers is checked against seed 002 (and 000/001 for the pillars and the service day).</summary>
public class FactTests
{
    [Theory]
    [InlineData("drempelbedragen", "50.000 € excl. btw aan de directie")]
    [InlineData("drempelbedragen", "85.000 € excl. btw aan het financieel comité van de Raad van Bestuur en de voorzitter van Cultuurconnect")]
    [InlineData("drempelbedragen", "209.000 € excl. btw aan de Raad van Bestuur")]
    [InlineData("drempelbedragen", "vooraf ter bevestiging")]
    [InlineData("drempelbedragen", "deelbegroting")]
    [InlineData("rol-stuurgroep", "1 à 3 keer per jaar")]
    [InlineData("rol-stuurgroep", "boven 50.000 € excl. btw naar de directie")]
    [InlineData("rol-stuurgroep", "boven 209.000 € excl. btw naar de Raad van Bestuur")]
    [InlineData("rol-stuurgroep", "Algemene Vergadering")]
    [InlineData("wissel-samenstelling", "2 jaar")]
    [InlineData("samenstelling", "13 december 2018")]
    [InlineData("samenstelling", "4 oktober 2018")]
    [InlineData("samenstelling", "eind oktober 2018")]
    [InlineData("samenstelling", "één zitje per bibliotheek")]
    [InlineData("samenstelling", "alle provincies")]
    [InlineData("samenstelling", "pilootbibliotheken")]
    [InlineData("voorzitter", "De directie van Cultuurconnect neemt het voorzitterschap op")]
    [InlineData("voorzitter", "teamcoach productmanagement, Jan Braeckman")]
    [InlineData("voorzitter", "productmanager")]
    [InlineData("meer-vragen", "Klaar Leroy")]
    [InlineData("deelnemen", "Klaar Leroy")]
    [InlineData("deelnemen", "bezwaar tegen de samenstelling")]
    [InlineData("vervanging", "ten persoonlijke titel")]
    [InlineData("vervanging", "grootstedelijke context")]
    [InlineData("vervanging", "de leden van de stuurgroep en de Raad van Bestuur beslissen")]
    [InlineData("aansprakelijkheid", "niet persoonlijk aansprakelijk")]
    [InlineData("aansprakelijkheid", "goede huisvader")]
    [InlineData("aansprakelijkheid", "niet vergoed")]
    [InlineData("aansprakelijkheid", "Raad van Bestuur van Cultuurconnect vzw")]
    [InlineData("confidentieel", "geheimhoudingsverklaring")]
    [InlineData("confidentieel", "niet in het openbaar verslag")]
    [InlineData("communicatie-afnemers", "de agenda en een kort verslag")]
    [InlineData("communicatie-afnemers", "nieuwsbrieven")]
    [InlineData("opschaling-experiment", "De Raad van Bestuur van Cultuurconnect neemt de uiteindelijke beslissing")]
    [InlineData("opschaling-experiment", "business model fit")]
    [InlineData("opschaling-experiment", "subsidie van de Vlaamse overheid")]
    [InlineData("ontstaan-dienst", "Meestal wel")]
    [InlineData("ontstaan-dienst", "projectoproep")]
    [InlineData("ontstaan-dienst", "problem-solution fit")]
    [InlineData("hoe-definitief", "2019")]
    [InlineData("cultuurcentra", "Voor de Show")]
    [InlineData("cultuurcentra", "stakeholdergroep")]
    [InlineData("werkgroepen", "Open Vlacc, Bibliotheekwebsites en het Bibliotheeksysteem")]
    [InlineData("werkgroepen", "experten")]
    [InlineData("wat-is-een-dienst", "contract en een prijsafspraak")]
    [InlineData("wat-is-een-dienst", "Krantenarchief")]
    [InlineData("waarom-cooperatief", "Milcobel")]
    [InlineData("waarom-cooperatief", "7 principes")]
    [InlineData("enkel-digitaal", "Connect & Co")]
    [InlineData("enkel-digitaal", "jaarlijks")]
    [InlineData("connect-en-co", "jaarlijkse dienstendag")]
    [InlineData("connect-en-co", "compagnon")]
    [InlineData("inbreng-cooperanten", "strategie en de roadmap")]
    [InlineData("inbreng-cooperanten", "Nederlandstalige bibliotheken in Brussel")]
    [InlineData("pijlers", "Cocreatie (samen maken)")]
    [InlineData("pijlers", "Cofinanciering (samenleggen)")]
    [InlineData("pijlers", "Communicatie (samen overleggen)")]
    [InlineData("pijlers", "Coöperatie (samen beslissen)")]
    [InlineData("pijlers", "automatisch coöperant")]
    public void Answer_Entry_StatesSeedFact(string id, string fact)
    {
        Assert.Contains(fact, TestData.KnowledgeBase.Find(id)!.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Basisinfrastructuur Digitale Bibliotheek", "Open Vlacc (inclusief Verrijkende content en Cata2020)")]
    [InlineData("Basisinfrastructuur Digitale Bibliotheek", "Bibliotheekwebsites (inclusief Mijn Bibliotheek en Aquabrowser)")]
    [InlineData("Digitale Collecties", "het Krantenarchief, de Fundels en op termijn ook e-boeken, digitale films en digitale tijdschriften")]
    [InlineData("Beleven", "de Arcadegames en het bibliotheekspel Bibster")]
    [InlineData("Inspireren", "Bieblo en Mijn Leestipper")]
    public void Answer_Overview_ListsEachGroupWithItsServices(string group, string services)
    {
        var answer = TestData.KnowledgeBase.Find("stuurgroepen-overzicht")!.Answer;

        Assert.Contains("4 stuurgroepen", answer, StringComparison.Ordinal);
        var groupAt = answer.IndexOf(group + ":", StringComparison.Ordinal);
        Assert.True(groupAt >= 0, group);
        Assert.True(answer.IndexOf(services, groupAt, StringComparison.Ordinal) > groupAt, services);
    }

    [Theory]
    [InlineData("70.000")]
    [InlineData("100.000")]
    [InlineData("250.000")]
    [InlineData("1 à 2")]
    [InlineData("3 jaar")]
    [InlineData("plaatsvervanger mag")]
    public void Answers_All_ContainNoInventedFigures(string invented)
    {
        Assert.DoesNotContain(TestData.KnowledgeBase.Entries, e => e.Answer.Contains(invented, StringComparison.Ordinal));
    }
}
