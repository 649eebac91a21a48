namespace CoopBot.Faq.Tests;

public class ValidationTests
{
    private const string Broken = """
        {
          "entries": [
            { "id": "a", "question": "Vraag A?", "short": "Kort A.", "phrasings": ["Eerste", ""], "answer": "Antwoord A.", "followUps": ["b", "bestaat-niet"] },
            { "id": "b", "question": "Vraag B?", "short": "Kort B.", "phrasings": ["eerste!"], "answer": "  ", "followUps": ["b"] },
            { "id": "a", "question": "", "short": "Kort.", "phrasings": [], "answer": "Nog een A.", "followUps": [] },
            { "question": "Zonder id?", "short": "Iets.", "answer": "Iets." }
          ]
        }
        """;

    [Fact]
    public void Validate_InjectedProblems_ReportsEachKind()
    {
        var problems = FaqKnowledgeBase.Parse(Broken).Validate();

        Assert.Equal(
            [
                FaqProblemKind.EmptyPhrasing, FaqProblemKind.EmptyAnswer, FaqProblemKind.DuplicatePhrasing,
                FaqProblemKind.DuplicateId, FaqProblemKind.EmptyQuestion, FaqProblemKind.MissingId,
                FaqProblemKind.UnknownFollowUp, FaqProblemKind.SelfFollowUp,
            ],
            problems.Select(p => p.Kind));
        Assert.Contains(problems, p => p.Kind == FaqProblemKind.UnknownFollowUp && p.Message.Contains("bestaat-niet", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TempFileWithDuplicates_ValidatesFromDisk()
    {
        using var file = new TestData.TempFile(Broken);

        var problems = FaqKnowledgeBase.Load(file.Path).Validate();

        Assert.Contains(problems, p => p.Kind == FaqProblemKind.DuplicateId && p.EntryId == "a");
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{ \"items\": [] }")]
    [InlineData("{ \"entries\": [ 42 ] }")]
    public void Parse_MalformedFile_ThrowsInvalidData(string json)
    {
        Assert.Throws<InvalidDataException>(() => FaqKnowledgeBase.Parse(json));
    }
}
