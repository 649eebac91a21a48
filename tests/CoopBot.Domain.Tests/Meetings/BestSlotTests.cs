using CoopBot.Domain.Meetings;
using CoopBot.Domain.Tests.TestData;

namespace CoopBot.Domain.Tests.Meetings;

public class BestSlotTests
{
    private static SlotCandidate Slot(string id, int day) => new(id, Time.At($"2025-05-{day:00}T14:00:00+02:00"), TimeSpan.FromHours(2), true, null);

    private static SlotSummary Summary(string id, int day, int ja, int alsHetMoet, int nee) => new(Slot(id, day), ja, alsHetMoet, nee);

    public static TheoryData<SlotSummary[], string> Cases => new()
    {
        { [Summary("a", 1, 2, 0, 0), Summary("b", 2, 3, 0, 5)], "b" },
        { [Summary("a", 1, 3, 0, 2), Summary("b", 2, 3, 0, 1)], "b" },
        { [Summary("a", 1, 3, 1, 1), Summary("b", 2, 3, 2, 1)], "b" },
        { [Summary("a", 2, 3, 1, 1), Summary("b", 1, 3, 1, 1)], "b" },
        { [Summary("a", 1, 0, 0, 4), Summary("b", 2, 0, 1, 3)], "b" },
        { [Summary("a", 1, 0, 0, 0), Summary("b", 2, 0, 0, 1)], "a" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pick_Summaries_MostJaThenFewestNeeThenMostAlsHetMoetThenEarliest(SlotSummary[] summaries, string expectedId)
    {
        Assert.Equal(expectedId, BestSlot.Pick(summaries).Value!.Slot.Id);
    }

    [Fact]
    public void Pick_NoAnswers_Rejects()
    {
        Assert.Equal("tijdspeiling.geen-antwoorden", BestSlot.Pick([Summary("a", 1, 0, 0, 0), Summary("b", 2, 0, 0, 0)]).Rejection?.Code);
    }

    [Fact]
    public void Build_Answers_CountsPerSlotWithLastAnswerPerPersonWinning()
    {
        SlotCandidate[] slots = [Slot("a", 1), Slot("b", 2)];
        SlotAnswer[] answers =
        [
            new("an", "a", Availability.Nee),
            new("an", "a", Availability.Ja),
            new("bert", "a", Availability.AlsHetMoet),
            new("an", "b", Availability.Nee),
            new("chris", "b", Availability.Nee),
            new("dana", "x", Availability.Ja),
        ];

        var summaries = SlotSummary.Build(slots, answers);

        Assert.Equal([(1, 1, 0), (0, 0, 2)], summaries.Select(s => (s.Ja, s.AlsHetMoet, s.Nee)));
        Assert.Equal(["a", "b"], summaries.Select(s => s.Slot.Id));
    }

    [Theory]
    [InlineData(Availability.Ja, "ja")]
    [InlineData(Availability.AlsHetMoet, "als het moet")]
    [InlineData(Availability.Nee, "nee")]
    public void DisplayName_Availability_ReturnsDutch(Availability availability, string expected)
    {
        Assert.Equal(expected, availability.DisplayName());
    }
}
