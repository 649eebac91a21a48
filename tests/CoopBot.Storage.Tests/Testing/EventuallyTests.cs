using CoopBot.Testing;

namespace CoopBot.Storage.Tests.Testing;

public sealed class EventuallyTests
{
    [Fact]
    public async Task TrueAsync_ConditionBecomesTrue_Returns()
    {
        var calls = 0;

        await Eventually.TrueAsync(() => ++calls >= 3, TimeSpan.FromSeconds(5));

        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task TrueAsync_ConditionStaysFalse_ThrowsTimeoutWithReason()
    {
        var e = await Assert.ThrowsAsync<TimeoutException>(
            () => Eventually.TrueAsync(() => false, TimeSpan.FromMilliseconds(120), "never true"));

        Assert.Contains("never true", e.Message, StringComparison.Ordinal);
    }
}
