using System.Text.RegularExpressions;

namespace CoopBot.Faq.Tests;

public partial class KnowledgeBaseTests
{
    [Fact]
    public void Entries_Shipped_AreExactlyTheDesignIds()
    {
        Assert.Equal(TestData.RequiredIds, TestData.KnowledgeBase.Entries.Select(e => e.Id));
    }

    [Fact]
    public void Validate_Shipped_FindsNoProblems()
    {
        Assert.Empty(TestData.KnowledgeBase.Validate());
    }

    [Fact]
    public void Entries_Shipped_HaveSixPhrasingsIncludingEnglish()
    {
        foreach (var entry in TestData.KnowledgeBase.Entries)
        {
            Assert.True(entry.Phrasings.Count >= 6, $"{entry.Id} heeft {entry.Phrasings.Count} formuleringen.");
            Assert.Contains(entry.Phrasings, p => EnglishQuestion().IsMatch(p));
            Assert.Contains(entry.Phrasings, p => !EnglishQuestion().IsMatch(p));
        }
    }

    [Fact]
    public void FollowUps_Shipped_PointToOtherEntries()
    {
        foreach (var entry in TestData.KnowledgeBase.Entries)
        {
            Assert.NotEmpty(entry.FollowUps);
            Assert.All(entry.FollowUps, id => Assert.NotNull(TestData.KnowledgeBase.Find(id)));
        }
    }

    [Fact]
    public void Answers_Shipped_AreConcise()
    {
        Assert.All(TestData.KnowledgeBase.Entries, e => Assert.InRange(e.Answer.Length, 80, 1800));
    }

    [GeneratedRegex(@"^(What|Who|How|Why|When|Which|Is|Are|Am|Can|Do|Does)\b")]
    private static partial Regex EnglishQuestion();
}
