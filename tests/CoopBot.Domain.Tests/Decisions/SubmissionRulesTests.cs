using CoopBot.Domain.Decisions;

namespace CoopBot.Domain.Tests.Decisions;

public class SubmissionRulesTests
{
    [Theory]
    [InlineData(SubmissionStatus.Submitted, SubmissionStatus.TakenUp, null, "TakenUp")]
    [InlineData(SubmissionStatus.Submitted, SubmissionStatus.Declined, "Valt buiten de diensten van de stuurgroep.", "Declined")]
    [InlineData(SubmissionStatus.Submitted, SubmissionStatus.Declined, "  ", "indiening.reden-nodig")]
    [InlineData(SubmissionStatus.Submitted, SubmissionStatus.MoreInfoRequested, "Welke bibliotheken doen mee?", "MoreInfoRequested")]
    [InlineData(SubmissionStatus.Submitted, SubmissionStatus.MoreInfoRequested, null, "indiening.vraag-nodig")]
    [InlineData(SubmissionStatus.MoreInfoRequested, SubmissionStatus.MoreInfoRequested, "Nog een vraag.", "MoreInfoRequested")]
    [InlineData(SubmissionStatus.MoreInfoRequested, SubmissionStatus.TakenUp, null, "TakenUp")]
    [InlineData(SubmissionStatus.TakenUp, SubmissionStatus.Declined, "Toch niet.", "indiening.al-behandeld")]
    [InlineData(SubmissionStatus.Declined, SubmissionStatus.TakenUp, null, "indiening.al-behandeld")]
    [InlineData(SubmissionStatus.Submitted, SubmissionStatus.Submitted, null, "indiening.ongeldig")]
    public void Triage_FollowsTheChairsSteps(SubmissionStatus current, SubmissionStatus next, string? message, string expected)
    {
        var result = SubmissionRules.Triage(current, next, message);

        Assert.Equal(expected, result.IsSuccess ? result.Value.ToString() : result.Rejection!.Code);
    }

    [Fact]
    public void Triage_ReasonOver500Characters_IsRefused()
    {
        Assert.Equal("indiening.reden-nodig", SubmissionRules.Triage(SubmissionStatus.Submitted, SubmissionStatus.Declined, new string('r', 501)).Rejection!.Code);
    }

    [Theory]
    [InlineData("Zomeruren", "", null)]
    [InlineData("  ", "x", "indiening.titel-leeg")]
    [InlineData(null, null, "indiening.titel-leeg")]
    public void ValidateText_NeedsATitle(string? title, string? description, string? rejection)
    {
        Assert.Equal(rejection, SubmissionRules.ValidateText(title, description).Rejection?.Code);
    }

    [Fact]
    public void ValidateText_TooLong_IsRefused()
    {
        Assert.Equal("indiening.titel-te-lang", SubmissionRules.ValidateText(new string('t', PollLimits.TitleMaxLength + 1), null).Rejection!.Code);
        Assert.Equal("indiening.toelichting-te-lang", SubmissionRules.ValidateText("t", new string('d', PollLimits.DescriptionMaxLength + 1)).Rejection!.Code);
    }
}
