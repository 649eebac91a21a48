using CoopBot.Domain.Registry;

namespace CoopBot.Domain.Tests.Registry;

/// <summary>Issue 16 §6: never "de stuurgroep Stuurgroep Beleven".</summary>
public class SteeringGroupNamesTests
{
    [Theory]
    [InlineData("Beleven", "de stuurgroep Beleven")]
    [InlineData("Stuurgroep Beleven", "de Stuurgroep Beleven")]
    [InlineData("stuurgroep Inspireren", "de stuurgroep Inspireren")]
    [InlineData("Stuurgroepen", "de stuurgroep Stuurgroepen")]
    public void WithArticle_NameWithOrWithoutTheWord_SaysItOnce(string name, string expected)
    {
        Assert.Equal(expected, SteeringGroupNames.WithArticle(name));
    }
}
