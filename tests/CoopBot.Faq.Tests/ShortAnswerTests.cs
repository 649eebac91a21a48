namespace CoopBot.Faq.Tests;

/// <summary>Issue 16 §7: every answer leads with one sentence; facets answer the narrower question; buttons fit.</summary>
public class ShortAnswerTests
{
    [Fact]
    public void EveryEntryAndFacet_HasAOneSentenceShortAnswer_WithinTheLimit()
    {
        var shortAnswers = TestData.KnowledgeBase.Entries.Select(e => (e.Id, e.ShortAnswer))
            .Concat(TestData.KnowledgeBase.Entries.SelectMany(e => e.Facets.Select(f => (Id: $"{e.Id}/{f.Id}", f.ShortAnswer))))
            .ToList();

        Assert.Equal(TestData.RequiredIds.Length + TestData.KnowledgeBase.Entries.Sum(e => e.Facets.Count), shortAnswers.Count);
        Assert.All(shortAnswers, s =>
        {
            Assert.True(FaqKnowledgeBase.IsOneSentence(s.ShortAnswer), $"{s.Id}: {s.ShortAnswer}");
            Assert.InRange(s.ShortAnswer.Length, 10, FaqKnowledgeBase.ShortAnswerMaxLength);
        });
    }

    [Fact]
    public void EveryEntry_HasAButtonTitleWithinTheLimit()
    {
        Assert.All(TestData.KnowledgeBase.Entries, e => Assert.InRange(e.ButtonTitle.Length, 1, FaqKnowledgeBase.ButtonTitleMaxLength));
        Assert.Contains(TestData.KnowledgeBase.Entries, e => e.Question.Length > FaqKnowledgeBase.ButtonTitleMaxLength);
    }

    [Theory]
    [InlineData("Hoeveel keer per jaar vergadert een stuurgroep?", "rol-stuurgroep", "hoe-vaak", "Een stuurgroep vergadert 1 tot 3 keer per jaar.")]
    [InlineData("hoe vaak komt de stuurgroep samen", "rol-stuurgroep", "hoe-vaak", "Een stuurgroep vergadert 1 tot 3 keer per jaar.")]
    [InlineData("Krijg ik een vergoeding voor de stuurgroep?", "aansprakelijkheid", "vergoeding", "Nee, stuurgroepleden worden niet vergoed voor hun bijdrage.")]
    public void NarrowQuestion_IsAnsweredWithItsFacet(string question, string entryId, string facetId, string shortAnswer)
    {
        var answer = TestData.Index.Answer(question);

        Assert.Equal(FaqOutcome.Answered, answer.Outcome);
        Assert.Equal(entryId, answer.Best!.Id);
        Assert.Equal(facetId, answer.Facet?.Id);
        Assert.Equal(shortAnswer, answer.Facet!.ShortAnswer);
    }

    [Theory]
    [InlineData("Wat doet een stuurgroep?", "rol-stuurgroep")]
    [InlineData("Welke drempelbedragen gelden er?", "drempelbedragen")]
    public void BroadQuestion_IsAnsweredWithTheEntryItself(string question, string entryId)
    {
        var answer = TestData.Index.Answer(question);

        Assert.Equal(entryId, answer.Best?.Id);
        Assert.Null(answer.Facet);
        Assert.False(string.IsNullOrEmpty(answer.Best!.ShortAnswer));
    }

    [Theory]
    [InlineData("""{ "id": "a", "question": "Vraag?", "answer": "Antwoord." }""", FaqProblemKind.MissingShortAnswer)]
    [InlineData("""{ "id": "a", "question": "Vraag?", "short": "Eerste zin. Tweede zin.", "answer": "Antwoord." }""", FaqProblemKind.ShortAnswerTooLong)]
    [InlineData("""{ "id": "a", "question": "Vraag?", "short": "Zonder punt", "answer": "Antwoord." }""", FaqProblemKind.ShortAnswerTooLong)]
    [InlineData("""{ "id": "a", "question": "Een vraag die te lang is voor een knop van een kaart in Teams?", "short": "Ja.", "answer": "Antwoord." }""", FaqProblemKind.ButtonTitleTooLong)]
    [InlineData("""{ "id": "a", "question": "Vraag?", "short": "Ja.", "answer": "A.", "facets": [ { "id": "f", "question": "Deel?" } ] }""", FaqProblemKind.MissingShortAnswer)]
    [InlineData("""{ "id": "a", "question": "Vraag?", "short": "Ja.", "answer": "A.", "facets": [ { "question": "Deel?", "short": "Ja." } ] }""", FaqProblemKind.InvalidFacet)]
    [InlineData("""{ "id": "a", "question": "Vraag?", "short": "Ja.", "answer": "A.", "facets": [ { "id": "f", "question": "Vraag?", "short": "Ja." } ] }""", FaqProblemKind.DuplicatePhrasing)]
    public void Validate_ShortAnswersLabelsAndFacets(string entry, FaqProblemKind expected)
    {
        var problems = FaqKnowledgeBase.Parse($$"""{ "entries": [ {{entry}} ] }""").Validate();

        Assert.Equal([expected], problems.Select(p => p.Kind));
    }

    [Fact]
    public void Validate_LabelMakesALongQuestionFit()
    {
        const string json = """{ "entries": [ { "id": "a", "question": "Een vraag die te lang is voor een knop van een kaart in Teams?", "label": "Korte vraag?", "short": "Ja, zo.", "answer": "Antwoord." } ] }""";

        Assert.Empty(FaqKnowledgeBase.Parse(json).Validate());
        Assert.Equal("Korte vraag?", FaqKnowledgeBase.Parse(json).Entries[0].ButtonTitle);
    }
}
