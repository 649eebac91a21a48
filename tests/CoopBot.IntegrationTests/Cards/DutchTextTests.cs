using CoopBot.Decisions;
using CoopBot.Domain.Decisions;
using CoopBot.Domain.Escalation;

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
