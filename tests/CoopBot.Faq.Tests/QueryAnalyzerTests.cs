using CoopBot.Faq.Retrieval;

namespace CoopBot.Faq.Tests;

public class QueryAnalyzerTests
{
    [Theory]
    [InlineData("stuurgroepsamenstelling", "Compound", "stuurgroep")]
    [InlineData("stuurgroepsamenstelling", "Compound", "samenstel")]
    [InlineData("voorziter", "Fuzzy", "voorzitter")]
    [InlineData("definitef", "Fuzzy", "definitief")]
    [InlineData("gecommuniceerd", "Fuzzy", "communiceert")]
    [InlineData("drempelbedragen", "Exact", "drempelbedrag")]
    [InlineData("openingsuren", "Unknown", "openingsur")]
    public void AnalyzeQuery_Word_MapsOntoVocabulary(string word, string match, string term)
    {
        var (terms, _) = TestData.Index.AnalyzeQuery(word);

        Assert.Contains(terms, t => t.Match == Enum.Parse<TermMatch>(match) && t.Term == term);
    }

    [Theory]
    [InlineData("openingsuren bib", 0.0, 0.35)]
    [InlineData("wat is het weer vandaag", 0.0, 0.01)]
    [InlineData("wanneer vergadert de stuurgroep", 0.99, 1.0)]
    public void AnalyzeQuery_Question_HasExpectedCoverage(string question, double minimum, double maximum)
    {
        Assert.InRange(TestData.Index.AnalyzeQuery(question).Coverage, minimum, maximum);
    }
}
