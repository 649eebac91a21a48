using CoopBot.Domain.Common;
using CoopBot.Domain.Registry;
using static CoopBot.Domain.Tests.TestData.RegistryData;

namespace CoopBot.Domain.Tests.Registry;

public class ReplacementRulesTests
{
    private static readonly DateTimeOffset PreparedAt = TermStart.AddMonths(8);
    private static readonly ReplacementPreparer CommunityManager = new("klaar", IsCultuurconnectStaff: true);
    private static readonly Seat Outgoing = Member("an", Gent);
    private static readonly Seat Incoming = Member("chris", Hasselt, start: PreparedAt, ratified: false);

    private static Result<Replacement> Prepare(
        ReplacementReason? reason = ReplacementReason.GeografischOnevenwicht,
        ReplacementPreparer? preparer = null,
        Seat? incoming = null,
        IEnumerable<Seat>? seats = null,
        DateTimeOffset? at = null) =>
        ReplacementRules.Prepare(
            "r1", Outgoing, incoming ?? Incoming, reason, preparer ?? CommunityManager, at ?? PreparedAt, seats ?? [Outgoing], Organisations);

    [Theory]
    [InlineData(ReplacementReason.GeografischOnevenwicht)]
    [InlineData(ReplacementReason.AantalLeden)]
    [InlineData(ReplacementReason.GrootstedelijkeExpertise)]
    public void Prepare_RecordedReason_PreparesNotYetEffective(ReplacementReason reason)
    {
        var replacement = Prepare(reason).Value!;

        Assert.Equal(reason, replacement.Reason);
        Assert.False(replacement.IsEffective);
        Assert.Equal((PreparedAt, Outgoing.TermEnd), (replacement.Incoming.TermStart, replacement.Incoming.TermEnd));
    }

    [Fact]
    public void Prepare_NoReason_Rejects()
    {
        Assert.Equal("vervanging.reden-verplicht", Prepare(reason: null).Rejection?.Code);
    }

    [Fact]
    public void Prepare_NotCultuurconnect_Rejects()
    {
        Assert.Equal("vervanging.enkel-cultuurconnect", Prepare(preparer: new("an", IsCultuurconnectStaff: false)).Rejection?.Code);
    }

    [Theory]
    [InlineData(-1L, null)]
    [InlineData(0L, "vervanging.termijn-voorbij")]
    public void Prepare_AroundOutgoingTermEnd_RejectsFromEnd(long ticksFromEnd, string? code)
    {
        Assert.Equal(code, Prepare(at: Outgoing.TermEnd.AddTicks(ticksFromEnd)).Rejection?.Code);
    }

    [Fact]
    public void Prepare_IncomingFromLibraryAlreadySeated_RejectsOneSeatPerLibrary()
    {
        var lierMember = Member("dana", Lier);
        var incoming = Member("eva", Lier, start: PreparedAt, ratified: false);

        Assert.Equal("zitje.een-per-organisatie", Prepare(incoming: incoming, seats: [Outgoing, lierMember]).Rejection?.Code);
    }

    [Fact]
    public void Prepare_IncomingFromOutgoingLibrary_IsNotBlockedByOutgoingSeat()
    {
        var incoming = Member("bert", Gent, start: PreparedAt, ratified: false);

        Assert.True(Prepare(incoming: incoming).IsSuccess);
    }

    [Fact]
    public void Prepare_IncomingAlreadyRatified_Throws()
    {
        Assert.Throws<ArgumentException>(() => Prepare(incoming: Member("chris", Hasselt)));
    }

    [Fact]
    public void Ratify_Agreed_EndsOutgoingAndStartsIncomingAtEffectiveInstant()
    {
        var effective = PreparedAt.AddMonths(1);

        var outcome = ReplacementRules.Ratify(Prepare().Value!, steeringGroupAgreed: true, new DateOnly(2025, 10, 1), effective).Value!;

        Assert.True(outcome.Replacement.IsEffective);
        Assert.Equal(effective, outcome.Outgoing.TermEnd);
        Assert.Equal((effective, Outgoing.TermEnd, RatificationStatus.Bekrachtigd), (outcome.Incoming.TermStart, outcome.Incoming.TermEnd, outcome.Incoming.Ratification));
        Assert.False(TermRules.IsActive(outcome.Outgoing, effective));
        Assert.True(TermRules.IsActive(outcome.Incoming, effective));
    }

    [Fact]
    public void Ratify_StuurgroepNotAgreed_Rejects()
    {
        var result = ReplacementRules.Ratify(Prepare().Value!, steeringGroupAgreed: false, new DateOnly(2025, 10, 1), PreparedAt.AddMonths(1));

        Assert.Equal("vervanging.stuurgroep-niet-akkoord", result.Rejection?.Code);
    }

    [Fact]
    public void Ratify_Twice_Rejects()
    {
        var ratified = ReplacementRules.Ratify(Prepare().Value!, true, new DateOnly(2025, 10, 1), PreparedAt.AddMonths(1)).Value!.Replacement;

        Assert.Equal("zitje.al-bekrachtigd", ReplacementRules.Ratify(ratified, true, new DateOnly(2025, 11, 1), PreparedAt.AddMonths(2)).Rejection?.Code);
    }

    [Fact]
    public void Ratify_EffectiveAfterOutgoingEnd_Rejects()
    {
        var result = ReplacementRules.Ratify(Prepare().Value!, true, new DateOnly(2027, 1, 1), Outgoing.TermEnd);

        Assert.Equal("vervanging.termijn-voorbij", result.Rejection?.Code);
    }

    [Theory]
    [InlineData(ReplacementReason.GeografischOnevenwicht, "Geografisch onevenwicht")]
    [InlineData(ReplacementReason.AantalLeden, "Onevenwicht in het aantal leden")]
    [InlineData(ReplacementReason.GrootstedelijkeExpertise, "Ontbrekende kennis van de grootstedelijke context")]
    public void DisplayName_Reason_ReturnsDutch(ReplacementReason reason, string expected)
    {
        Assert.Equal(expected, reason.DisplayName());
    }
}
