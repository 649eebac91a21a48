using CoopBot.Decisions;
using CoopBot.Domain.Decisions;
using CoopBot.Domain.Escalation;
using CoopBot.Decisions.Contracts;

namespace CoopBot.IntegrationTests.Cards;

/// <summary>Issue 16 §6: Dutch mistakes people saw on the cards.</summary>
public class DutchTextTests
{
    [Theory]
    [InlineData("voorstel", "Het voorstel staat in het kanaal")]
    [InlineData("stemming", "De stemming staat in het kanaal")]
    [InlineData("stelling", "De stelling staat in het kanaal")]
    public void PostedInChannel_UsesTheKindsArticle(string kindId, string expected)
    {
        Assert.StartsWith(expected, DecisionTexts.PostedInChannel(PollKinds.Find(kindId)!, "1 juni 2026 om 17:00"), StringComparison.Ordinal);
    }

    [Fact]
    public void NotAMember_OfTheVoorzitter_NamesOnePersonNotMembers()
    {
        var message = EscalationRejections.NotAMember(ConfirmingBody.VoorzitterCultuurconnect).Message;

        Assert.Equal("Enkel de voorzitter van Cultuurconnect kan deze bevestiging geven of weigeren.", message);
    }

    [Fact]
    public void NotAMember_OfABody_NamesItsMembers()
    {
        Assert.StartsWith("Enkel leden van de directie kunnen", EscalationRejections.NotAMember(ConfirmingBody.Directie).Message, StringComparison.Ordinal);
    }
}

/// <summary>Issue 16 §3: the register card shows the escalation status the stored row has.</summary>
public class RegisterCardTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
    private static readonly DateTimeOffset At = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Latest_WaitingForConfirmation_ShowsTheEscalationStatus_DefinitiefToo()
    {
        var waiting = EscalationNames.Describe(new EscalationState(
            "p1", CommitmentKind.Bestelling, CoopBot.Domain.Amounts.Money.FromCents(12_000_000), EscalationTier.FinancieelComiteEnVoorzitter,
            EscalationStatus.GoedgekeurdWachtOpBevestiging, new HashSet<ConfirmingBody>(), At, null, null));
        var entries = new[]
        {
            Entry("p1", 12_000_000, waiting),
            Entry("p2", 6_000_000, "Definitief"),
            Entry("p3", null, DecisionTexts.RegisterStatusDecided),
        };

        var json = CoopBot.Cards.AdaptiveCardSerializer.ToJsonNode(RegisterCards.Latest("Basisinfrastructuur", entries, Zone)).ToJsonString(Readable);

        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(CoopBot.Cards.CardText.Literal(waiting), Readable)[1..^1], json, StringComparison.Ordinal);
        Assert.Contains("Definitief", json, StringComparison.Ordinal);
        Assert.Equal(2, json.Split(DecisionTexts.RegisterEscalationLabel).Length - 1);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static RegisterRow Entry(string id, long? cents, string status) =>
        new("basisinfrastructuur", id, "Voorstel", $"Voorstel {id}", At, At.AddDays(7), status, "Aangenomen", 3, 4, cents, false, false, null);
}
