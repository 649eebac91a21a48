namespace CoopBot.Faq.Tests;

public class FaqIndexTests
{
    [Theory]
    [InlineData("Wat is een dienst?", "wat-is-een-dienst")]
    [InlineData("stuurgroepsamenstelling", "samenstelling")]
    [InlineData("wie is de voorziter van de stuurgroep", "voorzitter")]
    [InlineData("Who chairs the steering groups?", "voorzitter")]
    [InlineData("What are the spending thresholds?", "drempelbedragen")]
    [InlineData("mag de stuurgroep 120k uitgeven", "drempelbedragen")]
    [InlineData("is de RvB aansprakelijk of ik", "aansprakelijkheid")]
    [InlineData("COÖPERATIEF BESTUURSMODEL: WAAROM???", "waarom-cooperatief")]
    public void Answer_InScopeQuestion_AnswersConfidently(string question, string expected)
    {
        var answer = TestData.Index.Answer(question);

        Assert.True(answer.IsConfident, $"confidence {answer.Confidence:F3}");
        Assert.Equal(FaqOutcome.Answered, answer.Outcome);
        Assert.Equal(expected, answer.Best!.Id);
        Assert.Same(answer.Best, answer.Closest[0].Entry);
    }

    [Theory]
    [InlineData("Wat zijn de openingsuren van de bibliotheek?")]
    [InlineData("Kan ik mijn boeken verlengen?")]
    [InlineData("Wordt het morgen mooi weer?")]
    [InlineData("Waar kan ik mijn fiets parkeren?")]
    [InlineData("Wat is het wifi-wachtwoord?")]
    [InlineData("Ik heb mijn lidkaart verloren")]
    [InlineData("Heb je een recept voor soep?")]
    [InlineData("?!")]
    [InlineData("")]
    public void Answer_OffTopicQuestion_RefusesWithoutSuggestions(string question)
    {
        var answer = TestData.Index.Answer(question);

        Assert.True(answer.IsOutOfScope);
        Assert.False(answer.IsConfident);
        Assert.Null(answer.Best);
        Assert.Empty(answer.Closest);
        Assert.Equal(0, answer.Confidence);
        Assert.Equal(FaqOutcome.OutOfScope, answer.Outcome);
    }

    [Fact]
    public void Answer_AmbiguousQuestion_OffersSuggestionsInsteadOfGuessing()
    {
        var answer = TestData.Index.Answer("hoe werkt dat?");

        Assert.Equal(FaqOutcome.NotSure, answer.Outcome);
        Assert.Null(answer.Best);
        Assert.False(answer.IsOutOfScope);
        Assert.Equal(3, answer.Closest.Count);
    }

    [Fact]
    public void Answer_BelowThreshold_ReturnsThreeDistinctSuggestionsBestFirst()
    {
        var strict = FaqIndex.Build(TestData.KnowledgeBase, FaqIndexOptions.Default with { ConfidenceThreshold = 1.01 });

        var answer = strict.Answer("Wie zit de stuurgroepen voor?");

        Assert.Equal(FaqOutcome.NotSure, answer.Outcome);
        Assert.Null(answer.Best);
        Assert.Equal("voorzitter", answer.Closest[0].Entry.Id);
        Assert.Equal(3, answer.Closest.Select(s => s.Entry.Id).Distinct().Count());
        Assert.True(answer.Closest[0].Confidence >= answer.Closest[1].Confidence);
        Assert.True(answer.Closest[1].Confidence >= answer.Closest[2].Confidence);
        Assert.Equal(answer.Confidence, answer.Closest[0].Confidence);
    }

    [Fact]
    public void Answer_AnyQuestion_ConfidenceIsAProbability()
    {
        foreach (var c in TestData.Load("dev.tsv"))
        {
            var answer = TestData.Index.Answer(c.Question);
            Assert.InRange(answer.Confidence, 0, 1);
            Assert.All(answer.Closest, s => Assert.InRange(s.Confidence, 0, 1));
        }
    }

    [Fact]
    public void Answer_ConcurrentCalls_MatchSequentialResults()
    {
        var questions = TestData.Load("dev.tsv").Select(c => c.Question).ToArray();
        var expected = questions.Select(TopId).ToArray();

        var actual = new string?[questions.Length];
        Parallel.For(0, questions.Length * 4, i =>
        {
            var k = i % questions.Length;
            actual[k] = TopId(questions[k]);
        });

        Assert.Equal(expected, actual);
    }

    private static string? TopId(string question)
    {
        var closest = TestData.Index.Answer(question).Closest;
        return closest.Count == 0 ? null : closest[0].Entry.Id;
    }

    [Fact]
    public void Build_EditedKnowledgeBase_FindsNewPhrasing()
    {
        var json = FaqKnowledgeBaseEditor.AddPhrasing(
            File.ReadAllText(FaqKnowledgeBase.DefaultPath), "connect-en-co", "Krijgen we daar ook koffie en taart?").Json!;
        var index = FaqIndex.Build(FaqKnowledgeBase.Parse(json));

        Assert.Equal("connect-en-co", index.Answer("krijgen we koffie en taart").Closest[0].Entry.Id);
    }
}
