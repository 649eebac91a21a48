using CoopBot.Domain.Faq;

namespace CoopBot.Domain.Tests.Faq;

public class TicketLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly TicketState Taken = TicketState.New with { Status = TicketStatus.Taken, AssigneeId = "cm", AssigneeName = "Klaar" };
    private static readonly TicketState Answered = Taken with { Status = TicketStatus.Answered, Answer = "Zo.", AnsweredAt = Now };

    public static TheoryData<TicketStatus, bool, string?> TakeRows => new()
    {
        { TicketStatus.Open, true, null },
        { TicketStatus.Open, false, "not-community-manager" },
        { TicketStatus.Taken, true, "already-taken" },
        { TicketStatus.Answered, true, "already-answered" },
    };

    [Theory]
    [MemberData(nameof(TakeRows))]
    public void Take_ByStatusAndActor(TicketStatus status, bool isCommunityManager, string? code)
    {
        var state = status switch { TicketStatus.Open => TicketState.New, TicketStatus.Taken => Taken, _ => Answered };

        var result = TicketLifecycle.Take(state, "cm", "Klaar", isCommunityManager);

        Assert.Equal(code, result.Rejection?.Code);
        if (code is null)
        {
            Assert.Equal(TicketStatus.Taken, result.Value!.Status);
            Assert.Equal("cm", result.Value.AssigneeId);
        }
    }

    [Theory]
    [InlineData("open", "cm", true, "Antwoord", "not-taken")]
    [InlineData("taken", "cm", false, "Antwoord", "not-community-manager")]
    [InlineData("taken", "other-cm", true, "Antwoord", "taken-by-other")]
    [InlineData("taken", "cm", true, "   ", "answer-empty")]
    [InlineData("taken", "cm", true, null, "answer-empty")]
    [InlineData("answered", "cm", true, "Nog eens", "already-answered")]
    [InlineData("taken", "cm", true, "  Antwoord  ", null)]
    public void Answer_ByStatusActorAndText(string status, string actor, bool isCommunityManager, string? text, string? code)
    {
        var state = status switch { "open" => TicketState.New, "taken" => Taken, _ => Answered };

        var result = TicketLifecycle.Answer(state, actor, isCommunityManager, text, Now);

        Assert.Equal(code, result.Rejection?.Code);
        if (code is null)
        {
            Assert.Equal(new TicketState(TicketStatus.Answered, "cm", "Klaar", "Antwoord", Now), result.Value);
        }
    }

    [Theory]
    [InlineData(TicketLifecycle.AnswerMaxLength, null)]
    [InlineData(TicketLifecycle.AnswerMaxLength + 1, "answer-too-long")]
    public void Answer_LengthBoundary(int length, string? code)
    {
        Assert.Equal(code, TicketLifecycle.Answer(Taken, "cm", true, new string('a', length), Now).Rejection?.Code);
    }

    [Theory]
    [InlineData("answered", true, null)]
    [InlineData("answered", false, "not-allowed-reopen")]
    [InlineData("open", true, "not-answered")]
    [InlineData("taken", true, "not-answered")]
    public void Reopen_ByStatusAndActor(string status, bool allowed, string? code)
    {
        var state = status switch { "open" => TicketState.New, "taken" => Taken, _ => Answered };

        var result = TicketLifecycle.Reopen(state, allowed);

        Assert.Equal(code, result.Rejection?.Code);
        if (code is null)
        {
            Assert.Equal(TicketStatus.Open, result.Value!.Status);
            Assert.Null(result.Value.AssigneeId);
            Assert.Equal("Zo.", result.Value.Answer);
        }
    }
}
