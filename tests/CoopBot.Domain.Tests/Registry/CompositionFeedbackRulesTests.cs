using CoopBot.Domain.Registry;
using static CoopBot.Domain.Tests.TestData.RegistryData;

namespace CoopBot.Domain.Tests.Registry;

public class CompositionFeedbackRulesTests
{
    private static readonly SteeringGroup Collecties = SteeringGroupCatalog.Find(Group)!;
    private static readonly DateTimeOffset Now = TermStart.AddMonths(3);
    private const string Motivation = "Ik werk al tien jaar met het Krantenarchief.";

    [Theory]
    [InlineData(FeedbackKind.Kandidatuur)]
    [InlineData(FeedbackKind.Bezwaar)]
    public void Submit_CooperantWithMotivation_IsIngediend(FeedbackKind kind)
    {
        var result = Submit(kind, PersonOf("fien", Antwerpen), Antwerpen, Motivation);

        Assert.True(result.IsSuccess);
        Assert.Equal(FeedbackStatus.Ingediend, result.Value!.Status);
        Assert.Equal(Antwerpen.Id, result.Value.OrganisationId);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("   kort   ", false)]
    [InlineData("123456789", false)]
    [InlineData("1234567890", true)]
    [InlineData("  1234567890  ", true)]
    public void Submit_MotivationLength_AtLeastTenCharactersAfterTrimming(string? motivation, bool accepted)
    {
        var result = Submit(FeedbackKind.Kandidatuur, PersonOf("fien", Antwerpen), Antwerpen, motivation);

        Assert.Equal(accepted, result.IsSuccess);
        if (!accepted)
        {
            Assert.Equal("samenstelling.motivatie", result.Rejection!.Code);
        }
    }

    [Theory]
    [InlineData(2000, true)]
    [InlineData(2001, false)]
    public void Submit_MotivationLength_AtMostTwoThousand(int length, bool accepted)
    {
        Assert.Equal(accepted, Submit(FeedbackKind.Bezwaar, PersonOf("fien", Antwerpen), Antwerpen, new string('x', length)).IsSuccess);
    }

    [Fact]
    public void Submit_OrganisationTakesNoServiceOfTheGroup_Refused()
    {
        var result = Submit(FeedbackKind.Kandidatuur, PersonOf("kim", Kortrijk), Kortrijk, Motivation);

        Assert.Equal("samenstelling.geen-cooperant", result.Rejection?.Code);
    }

    [Fact]
    public void Submit_UnknownOrganisationOrOrganisationOfSomeoneElse_Refused()
    {
        Assert.Equal("samenstelling.geen-cooperant", Submit(FeedbackKind.Bezwaar, PersonOf("fien", Antwerpen), null, Motivation).Rejection?.Code);
        Assert.Equal("samenstelling.geen-cooperant", Submit(FeedbackKind.Bezwaar, PersonOf("fien", Kortrijk), Antwerpen, Motivation).Rejection?.Code);
    }

    [Theory]
    [InlineData(FeedbackKind.Kandidatuur, 0, false)]
    [InlineData(FeedbackKind.Kandidatuur, 25, true)]
    [InlineData(FeedbackKind.Bezwaar, 0, true)]
    public void Submit_PersonWithSeat_CannotBecomeCandidateWhileTheSeatIsActive(FeedbackKind kind, int monthsAfterTermStart, bool accepted)
    {
        var seat = Member("fien", Antwerpen);

        var result = CompositionFeedbackRules.Submit(
            "f1", kind, Collecties, PersonOf("fien", Antwerpen), Antwerpen, Motivation, [seat], [], TermStart.AddMonths(monthsAfterTermStart));

        Assert.Equal(accepted, result.IsSuccess);
    }

    [Theory]
    [InlineData(FeedbackStatus.Ingediend, FeedbackKind.Kandidatuur, false)]
    [InlineData(FeedbackStatus.Afgewezen, FeedbackKind.Kandidatuur, true)]
    [InlineData(FeedbackStatus.Ingediend, FeedbackKind.Bezwaar, true)]
    public void Submit_OneOpenItemPerKindPerGroup(FeedbackStatus earlierStatus, FeedbackKind earlierKind, bool accepted)
    {
        var earlier = new CompositionFeedback("f0", earlierKind, Group, "fien", "fien", Antwerpen.Id, Motivation, Now, earlierStatus);

        var result = CompositionFeedbackRules.Submit(
            "f1", FeedbackKind.Kandidatuur, Collecties, PersonOf("fien", Antwerpen), Antwerpen, Motivation, [], [earlier], Now);

        Assert.Equal(accepted, result.IsSuccess);
    }

    [Theory]
    [InlineData(true, FeedbackStatus.Aanvaard)]
    [InlineData(false, FeedbackStatus.Afgewezen)]
    public void Decide_CommunityManager_RecordsTheDecision(bool accept, FeedbackStatus expected)
    {
        var feedback = Submit(FeedbackKind.Kandidatuur, PersonOf("fien", Antwerpen), Antwerpen, Motivation).Value!;

        var decided = CompositionFeedbackRules.Decide(feedback, accept, "cm", deciderIsCommunityManager: true, Now.AddDays(1));

        Assert.Equal(expected, decided.Value!.Status);
        Assert.Equal("cm", decided.Value.DecidedBy);
        Assert.Equal(Now.AddDays(1), decided.Value.DecidedAt);
    }

    [Fact]
    public void Decide_NotCommunityManager_Refused()
    {
        var feedback = Submit(FeedbackKind.Bezwaar, PersonOf("fien", Antwerpen), Antwerpen, Motivation).Value!;

        Assert.Equal("samenstelling.enkel-community-manager", CompositionFeedbackRules.Decide(feedback, true, "an", false, Now).Rejection?.Code);
    }

    [Fact]
    public void Decide_Twice_SecondIsRefused()
    {
        var feedback = Submit(FeedbackKind.Bezwaar, PersonOf("fien", Antwerpen), Antwerpen, Motivation).Value!;
        var decided = CompositionFeedbackRules.Decide(feedback, true, "cm", true, Now).Value!;

        var again = CompositionFeedbackRules.Decide(decided, false, "cm", true, Now);

        Assert.Equal("samenstelling.al-beslist", again.Rejection?.Code);
        Assert.Contains("aanvaard", again.Rejection!.Message, StringComparison.Ordinal);
    }

    private static Common.Result<CompositionFeedback> Submit(FeedbackKind kind, Person person, Organisation? organisation, string? motivation) =>
        CompositionFeedbackRules.Submit("f1", kind, Collecties, person, organisation, motivation, [], [], Now);
}
