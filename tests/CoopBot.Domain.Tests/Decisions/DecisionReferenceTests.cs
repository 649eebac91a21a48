using CoopBot.Domain.Decisions;

namespace CoopBot.Domain.Tests.Decisions;

public class DecisionReferenceTests
{
    [Theory]
    [InlineData("basisinfrastructuur", "BI")] // the registry's id
    [InlineData("basisinfrastructuur-digitale-bibliotheek", "BI")] // the domain catalog's id
    [InlineData("digitale-collecties", "DC")]
    [InlineData("beleven", "BL")]
    [InlineData("inspireren", "IN")]
    [InlineData("open-vlacc", "OV")] // any other id: the initials of its words
    [InlineData("stuurgroep-e-boeken", "EB")] // "stuurgroep" itself is no initial
    [InlineData("één-twee-drie-vier-vijf", "ETDV")] // accents folded, at most four letters
    [InlineData("fundels", "FU")] // one word: its first two letters
    [InlineData("x", "XX")]
    [InlineData("---", "SG")] // nothing usable
    public void Code_IsStableAndDerivedFromTheId(string steeringGroupId, string expected)
    {
        var code = SteeringGroupCodes.For(steeringGroupId);

        Assert.Equal(expected, code);
        Assert.True(SteeringGroupCodes.IsCode(code));
    }

    [Fact]
    public void Codes_OfTheFourStuurgroepen_AreDistinct()
    {
        var codes = new[] { "basisinfrastructuur", "digitale-collecties", "beleven", "inspireren" }.Select(SteeringGroupCodes.For);

        Assert.Equal(4, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("BI", 2026, 14, "BI-2026-014")]
    [InlineData("DC", 2027, 1, "DC-2027-001")]
    [InlineData("BL", 2026, 1234, "BL-2026-1234")] // more than 999 decisions a year still fits
    public void ToString_PadsTheSequenceToThreeDigits(string code, int year, int sequence, string expected)
    {
        Assert.Equal(expected, new DecisionReference(code, year, sequence).ToString());
    }

    [Theory]
    [InlineData("BI-2026-014", "BI-2026-014")]
    [InlineData("  bi-2026-14 ", "BI-2026-014")] // case, spaces and leading zeros do not matter
    [InlineData("ETDV-2030-000007", "ETDV-2030-007")]
    public void TryParse_ReadsWhatAPersonTypes(string text, string expected)
    {
        Assert.Equal(expected, DecisionReference.TryParse(text)?.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a1b2c3d4e5f6a7b8c9d0")] // a plain decision id
    [InlineData("BI-2026")]
    [InlineData("BI-26-014")]
    [InlineData("B-2026-014")]
    [InlineData("BIBIB-2026-014")]
    [InlineData("BI-2026-0")]
    [InlineData("BI-2026-1234567")]
    [InlineData("BI-1999-001")]
    [InlineData("B1-2026-001")]
    [InlineData("BI-2026-01a")]
    public void TryParse_RefusesEverythingElse(string? text)
    {
        Assert.Null(DecisionReference.TryParse(text));
    }
}
