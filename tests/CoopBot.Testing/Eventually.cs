namespace CoopBot.Testing;

/// <summary>Polls a condition until it holds or a deadline passes; the alternative to sleeping in tests.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Evaluates <paramref name="condition"/> until it returns true. Throws <see cref="TimeoutException"/>
    /// when it is still false after <paramref name="timeout"/>.
    /// </summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, string? because = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await condition())
            {
                return;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException(
                    $"Condition still false after {timeout.TotalSeconds:0.##} s{(because is null ? "" : ": " + because)}.");
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>Synchronous-condition overload of <see cref="TrueAsync(Func{Task{bool}}, TimeSpan, string?)"/>.</summary>
    public static Task TrueAsync(Func<bool> condition, TimeSpan timeout, string? because = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return TrueAsync(() => Task.FromResult(condition()), timeout, because);
    }
}
