using CoopBot.Domain.Amounts;
using CoopBot.Domain.Decisions;

namespace CoopBot.Domain.Tests.Decisions;

/// <summary>Issue 4 kinds as data: optional options, amounts and attachments per kind.</summary>
public class DecisionKindsTests
{
    private static readonly string[] TwoOptions = ["A", "B"];

    public static TheoryData<string, bool, string[]?> OptionalOptionRows => new()
    {
        { "voorstel", false, null },
        { "voorstel", true, null },
        { "stemming", true, TwoOptions },
        { "peiling-meerkeuze", true, TwoOptions },
    };

    [Theory]
    [MemberData(nameof(OptionalOptionRows))]
    public void Create_IncludeOptionalOption_AppendsTheKindsOption(string kindId, bool include, string[]? labels)
    {
        var kind = PollKinds.Find(kindId)!;
        var settings = PollSettings.Default with { IncludeOptionalOption = include, MaxChoices = kind.BallotRule == BallotRule.MultipleChoice ? 2 : 1 };

        var poll = PollDefinition.Create(kind, "Vraag", null, labels, settings).Value!;

        Assert.Equal(include, poll.Options[^1] == kind.OptionalOption);
    }

    [Fact]
    public void Create_StatementWithOptionalOption_IsRejected()
    {
        var result = PollDefinition.Create(PollKinds.Statement, "Stelling", null, null, PollSettings.Default with { IncludeOptionalOption = true });

        Assert.Equal("optional-option-unavailable", result.Rejection?.Code);
    }

    [Fact]
    public void Create_Statement_HasSeed003FivePointScale()
    {
        var poll = PollDefinition.Create(PollKinds.Statement, "Transversale samenwerking biedt een meerwaarde", null, null, PollSettings.Default).Value!;

        Assert.Equal(["Helemaal akkoord", "Akkoord", "Neutraal", "Niet akkoord", "Helemaal niet akkoord"], poll.Options.Select(o => o.Label));
    }

    [Theory]
    [InlineData("voorstel", 8_500_000L, null)]
    [InlineData("stemming", 8_500_000L, "amount-unavailable")]
    [InlineData("stelling", 100L, "amount-unavailable")]
    [InlineData("voorstel", 0L, "amount-invalid")]
    public void Create_Amount_OnlyOnProposals(string kindId, long cents, string? code)
    {
        var kind = PollKinds.Find(kindId)!;

        var result = PollDefinition.Create(kind, "Vraag", null, TwoOptions, PollSettings.Default, Money.FromCents(cents));

        Assert.Equal(code, result.Rejection?.Code);
    }

    [Fact]
    public void Create_ProposalAmount_ShowsFlemishNotationExclVat()
    {
        var amount = AmountParser.Parse("85.000").Value;

        var poll = PollDefinition.Create(PollKinds.Proposal, "Nieuwe leverancier", null, null, PollSettings.Default, amount).Value!;

        Assert.Equal("€ 85.000,00 excl. btw", poll.Amount!.Value.ToStringExclVat());
    }

    [Theory]
    [InlineData(PassRule.SimpleMajority, null)]
    [InlineData(PassRule.TwoThirdsMajority, "pass-rule-unavailable")]
    public void Create_PassRuleOnPoll_OnlyTheDefault(PassRule rule, string? code)
    {
        var result = PollDefinition.Create(PollKinds.SingleChoice, "Vraag", null, TwoOptions, PollSettings.Default with { PassRule = rule });

        Assert.Equal(code, result.Rejection?.Code);
    }

    [Theory]
    [InlineData("", 0, null)]
    [InlineData("https://cultuurconnect.be/offerte.pdf", 1, null)]
    [InlineData("Offerte leverancier A https://cultuurconnect.be/a.pdf\nhttp://intranet/b", 2, null)]
    [InlineData("ftp://server/a.pdf", 0, "attachment-invalid")]
    [InlineData("gewoon tekst", 0, "attachment-invalid")]
    [InlineData("javascript:alert(1)", 0, "attachment-invalid")]
    [InlineData("https://a.be/1\nhttps://a.be/2\nhttps://a.be/3\nhttps://a.be/4\nhttps://a.be/5", 5, null)]
    [InlineData("https://a.be/1\nhttps://a.be/2\nhttps://a.be/3\nhttps://a.be/4\nhttps://a.be/5\nhttps://a.be/6", 0, "too-many-attachments")]
    public void Attachments_Parse_OneLinkPerLine(string text, int count, string? code)
    {
        var result = PollAttachments.Parse(text);

        Assert.Equal(code, result.Rejection?.Code);
        Assert.Equal(count, result.Value?.Count ?? 0);
    }

    [Fact]
    public void Attachments_Parse_TitleBeforeTheLink_IsTheLabel()
    {
        var result = PollAttachments.Parse("Offerte leverancier A https://cultuurconnect.be/a.pdf");

        Assert.Equal("Offerte leverancier A", result.Value![0].Label);
        Assert.Equal("https://cultuurconnect.be/a.pdf", result.Value![0].Url.ToString());
    }
}
