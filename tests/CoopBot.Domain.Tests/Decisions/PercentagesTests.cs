using CoopBot.Domain.Decisions;

namespace CoopBot.Domain.Tests.Decisions;

public class PercentagesTests
{
    [Theory]
    [InlineData(new[] { 1, 2 }, new[] { 33, 67 })] // issue 16: 1 and 2 of 3 showed 33 % + 66 %
    [InlineData(new[] { 1, 1, 1 }, new[] { 34, 33, 33 })] // ties: the earlier option gets the point
    [InlineData(new[] { 2, 1, 0 }, new[] { 67, 33, 0 })]
    [InlineData(new[] { 1, 0, 0 }, new[] { 100, 0, 0 })]
    [InlineData(new[] { 0, 0, 0 }, new[] { 0, 0, 0 })] // no votes yet
    [InlineData(new[] { 1, 1, 1, 1, 1, 1, 1 }, new[] { 15, 15, 14, 14, 14, 14, 14 })]
    [InlineData(new[] { 1, 199 }, new[] { 1, 99 })] // 0.5 % and 99.5 %: the larger remainder is taken first, then order
    [InlineData(new[] { 3, 3, 3, 1 }, new[] { 30, 30, 30, 10 })]
    public void OfWhole_SumsTo100_LargestRemaindersGetTheMissingPoints(int[] counts, int[] expected)
    {
        var shares = Percentages.OfWhole(counts);

        Assert.Equal(expected, shares);
        Assert.Equal(counts.Sum() == 0 ? 0 : 100, shares.Sum());
    }

    [Fact]
    public void OfWhole_NegativeCount_IsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentages.OfWhole([1, -1]));
    }

    [Theory]
    [InlineData(new[] { 2, 1, 1 }, 2, new[] { 100, 50, 50 })] // multiple choice: shares of the voters overlap
    [InlineData(new[] { 1, 2 }, 3, new[] { 33, 67 })]
    [InlineData(new[] { 1 }, 8, new[] { 13 })] // 12.5 % rounds half up
    [InlineData(new[] { 0 }, 0, new[] { 0 })]
    public void OfEach_RoundsEachShareHalfUp(int[] counts, int whole, int[] expected)
    {
        Assert.Equal(expected, Percentages.OfEach(counts, whole));
    }
}
