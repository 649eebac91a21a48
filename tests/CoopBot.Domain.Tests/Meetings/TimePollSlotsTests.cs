using CoopBot.Domain.Meetings;
using CoopBot.Domain.Tests.TestData;

namespace CoopBot.Domain.Tests.Meetings;

public class TimePollSlotsTests
{
    private static readonly DateTimeOffset Now = Time.At("2025-04-01T09:00:00+02:00");

    private static SlotCandidate Slot(int day, bool online = true, string? place = null, double hours = 2) =>
        new($"s{day}", Time.At($"2025-05-{day:00}T14:00:00+02:00"), TimeSpan.FromHours(hours), online, place);

    private static SlotCandidate[] Slots(int count) => Enumerable.Range(1, count).Select(d => Slot(d)).ToArray();

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(6, true)]
    [InlineData(7, false)]
    public void Validate_SlotCount_TwoToSix(int count, bool valid)
    {
        var result = TimePollSlots.Validate(Slots(count), Now);

        Assert.Equal(valid, result.IsSuccess);
        Assert.Equal(valid ? null : "tijdspeiling.aantal-momenten", result.Rejection?.Code);
    }

    public static TheoryData<SlotCandidate, string> InvalidSlots => new()
    {
        { Slot(9, hours: 0), "tijdspeiling.duur" },
        { Slot(9, online: false, place: null), "tijdspeiling.plaats-ontbreekt" },
        { Slot(9, online: false, place: "  "), "tijdspeiling.plaats-ontbreekt" },
        { Slot(1) with { Id = "dup" }, "tijdspeiling.dubbel-moment" },
        { Slot(9) with { StartsAt = Now }, "tijdspeiling.moment-voorbij" },
        { Slot(9) with { StartsAt = Now.AddDays(-1) }, "tijdspeiling.moment-voorbij" },
    };

    [Theory]
    [MemberData(nameof(InvalidSlots))]
    public void Validate_InvalidSlot_Rejects(SlotCandidate invalid, string code)
    {
        Assert.Equal(code, TimePollSlots.Validate([Slot(1), invalid], Now).Rejection?.Code);
    }

    [Fact]
    public void Validate_SameMomentOnSiteAndOnline_Accepts()
    {
        Assert.True(TimePollSlots.Validate([Slot(1, online: false, place: "Cultuurconnect, Brussel") with { Id = "ter-plaatse" }, Slot(1)], Now).IsSuccess);
    }

    [Fact]
    public void Validate_DuplicateIds_Throws()
    {
        Assert.Throws<ArgumentException>(() => TimePollSlots.Validate([Slot(1), Slot(2) with { Id = "s1" }], Now));
    }
}
