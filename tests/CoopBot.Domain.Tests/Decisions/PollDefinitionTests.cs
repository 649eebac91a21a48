using CoopBot.Domain.Decisions;

namespace CoopBot.Domain.Tests.Decisions;

public class PollDefinitionTests
{
    private static string[] Options(int n) => Enumerable.Range(1, n).Select(i => $"Optie {i}").ToArray();

    [Theory]
    [InlineData(1, false, "too-few-options")]
    [InlineData(2, true, null)]
    [InlineData(10, true, null)]
    [InlineData(20, true, null)]
    [InlineData(21, false, "too-many-options")]
    public void Create_OptionCount_RespectsTwoToTwenty(int count, bool ok, string? code)
    {
        var result = PollDefinition.Create(PollKinds.SingleChoice, "Welke leverancier?", null, Options(count), PollSettings.Default);

        Assert.Equal(ok, result.IsSuccess);
        Assert.Equal(code, result.Rejection?.Code);
    }

    [Theory]
    [InlineData("", "title-empty")]
    [InlineData("   ", "title-empty")]
    [InlineData("\u0001\u0002", "title-empty")]
    public void Create_EmptyTitle_IsRejected(string title, string code)
    {
        var result = PollDefinition.Create(PollKinds.SingleChoice, title, null, Options(2), PollSettings.Default);

        Assert.Equal(code, result.Rejection?.Code);
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public void Create_TitleLength_BoundaryAt200(int length, bool ok)
    {
        var result = PollDefinition.Create(PollKinds.SingleChoice, new string('x', length), null, Options(2), PollSettings.Default);

        Assert.Equal(ok, result.IsSuccess);
    }

    [Fact]
    public void Create_MarkdownInTitle_IsKeptAsText()
    {
        var result = PollDefinition.Create(PollKinds.SingleChoice, "**Vet** <b>html</b>", null, Options(2), PollSettings.Default);

        Assert.Equal("**Vet** <b>html</b>", result.Value!.Title);
    }

    [Fact]
    public void Create_DuplicateOptions_AreRejected()
    {
        var result = PollDefinition.Create(PollKinds.SingleChoice, "Vraag", null, ["Ja", "ja"], PollSettings.Default);

        Assert.Equal("duplicate-options", result.Rejection?.Code);
    }

    [Fact]
    public void Create_BlankOptions_AreIgnoredAndIdsAreSequential()
    {
        var result = PollDefinition.Create(PollKinds.SingleChoice, "Vraag", null, ["A", " ", null, "B"], PollSettings.Default);

        Assert.Equal(["o1", "o2"], result.Value!.Options.Select(o => o.Id));
        Assert.Equal(["A", "B"], result.Value!.Options.Select(o => o.Label));
    }

    [Fact]
    public void Create_Proposal_UsesFixedOptions()
    {
        var result = PollDefinition.Create(PollKinds.Proposal, "Nieuwe leverancier", "Toelichting", null, PollSettings.Default);

        Assert.Equal(["voor", "tegen", "onthouding"], result.Value!.Options.Select(o => o.Id));
    }

    [Theory]
    [InlineData(1, 3, 3, true)]
    [InlineData(0, 2, 3, false)]
    [InlineData(3, 2, 3, false)]
    [InlineData(1, 4, 3, false)]
    public void Create_MultipleChoiceRange_IsValidated(int min, int max, int options, bool ok)
    {
        var settings = PollSettings.Default with { MinChoices = min, MaxChoices = max };

        var result = PollDefinition.Create(PollKinds.MultipleChoice, "Vraag", null, Options(options), settings);

        Assert.Equal(ok, result.IsSuccess);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void Create_QuorumPercent_IsBetweenZeroAndHundred(int quorum, bool ok)
    {
        var result = PollDefinition.Create(PollKinds.Proposal, "Vraag", null, null, PollSettings.Default with { QuorumPercent = quorum });

        Assert.Equal(ok, result.IsSuccess);
    }
}
