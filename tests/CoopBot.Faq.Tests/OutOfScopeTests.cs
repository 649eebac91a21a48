namespace CoopBot.Faq.Tests;

/// <summary>Issue 16 §7: questions for a library or cultuurcentrum, and other off-topic ones, are refused with where they go.</summary>
public class OutOfScopeTests
{
    [Theory]
    [InlineData("Hoe laat is de bibliotheek van Gent open op zondag?", FaqRefusal.Library)]
    [InlineData("Is de bib van Leuven open tijdens de kerstvakantie?", FaqRefusal.Library)]
    [InlineData("Hoe word ik lid van de bibliotheek in Brugge?", FaqRefusal.Library)]
    [InlineData("Kan ik mijn uitleningen online verlengen?", FaqRefusal.Library)]
    [InlineData("What are the opening hours of the library in Antwerp?", FaqRefusal.Library)]
    [InlineData("Hoe laat begint de voorstelling in cultuurcentrum Genk?", FaqRefusal.CultureCentre)]
    [InlineData("Waar koop ik tickets voor het concert van vrijdag?", FaqRefusal.CultureCentre)]
    [InlineData("Wat is het weer morgen in Gent?", FaqRefusal.OffTopic)]
    [InlineData("Wie wint de ronde van Vlaanderen?", FaqRefusal.OffTopic)]
    public void OutOfScopeQuestion_IsRefusedWithItsKind(string question, FaqRefusal refusal)
    {
        var answer = TestData.Index.Answer(question);

        Assert.Equal(FaqOutcome.OutOfScope, answer.Outcome);
        Assert.Equal(refusal, answer.Refusal);
        Assert.Null(answer.Best);
        Assert.Empty(answer.Closest);
    }

    [Theory]
    [InlineData("Wie zit er voor de bibliotheek van Gent in de stuurgroep?")]
    [InlineData("Is de bibliotheek van Gent automatisch coöperant?")]
    [InlineData("Hoe vaak is de stuurgroep open voor nieuwe leden?")]
    [InlineData("Komt er een stuurgroep voor de cultuurcentra?")]
    [InlineData("Wat als de leverancier van de bibliotheeksoftware zijn prijs optrekt?")]
    public void GovernanceQuestion_NamingALibraryOrCentre_IsNotRefusedAsLocal(string question)
    {
        var answer = TestData.Index.Answer(question);

        Assert.NotEqual(FaqOutcome.OutOfScope, answer.Outcome);
        Assert.Null(answer.Refusal);
    }

    [Fact]
    public void EveryRefusal_SaysWhereTheQuestionGoes()
    {
        Assert.Contains("je bibliotheek zelf", FaqTexts.OutOfScopeFor(FaqRefusal.Library), StringComparison.Ordinal);
        Assert.Contains("gemeenschapscentrum zelf", FaqTexts.OutOfScopeFor(FaqRefusal.CultureCentre), StringComparison.Ordinal);
        Assert.Equal(FaqTexts.OutOfScope, FaqTexts.OutOfScopeFor(FaqRefusal.OffTopic));
        Assert.All(Enum.GetValues<FaqRefusal>(), r => Assert.Contains("coöperatief bestuursmodel", FaqTexts.OutOfScopeFor(r), StringComparison.Ordinal));
    }
}
