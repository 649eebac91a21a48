using CoopBot.Domain.Confidentiality;
using CoopBot.Domain.Decisions;

namespace CoopBot.Domain.Tests.Confidentiality;

public class ConfidentialItemsTests
{
    [Theory]
    [InlineData(true, "vertrouwelijk.geen-bevraging")]
    [InlineData(false, null)]
    public void CanOpenConsultation_ConfidentialItem_IsRefused(bool confidential, string? code)
    {
        Assert.Equal(code, ConfidentialItems.CanOpenConsultation(confidential)?.Code);
    }

    [Theory]
    [InlineData(RegisterScope.Intern, true, true)]
    [InlineData(RegisterScope.Intern, false, true)]
    [InlineData(RegisterScope.Publiek, true, false)]
    [InlineData(RegisterScope.Publiek, false, true)]
    public void RegisterScopes_Publiek_LeavesConfidentialEntriesOut(RegisterScope scope, bool confidential, bool included)
    {
        Assert.Equal(included, RegisterScopes.Includes(scope, confidential));
    }

    [Theory]
    [InlineData("intern", RegisterScope.Intern)]
    [InlineData("publiek", RegisterScope.Publiek)]
    [InlineData("PUBLIEK", RegisterScope.Publiek)]
    [InlineData("public", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void RegisterScopes_Parse_KnowsOnlyBothScopes(string? name, RegisterScope? expected)
    {
        Assert.Equal(expected, RegisterScopes.Parse(name));
    }
}
