namespace CoopBot.Cards;

/// <summary>
/// Base of the Teams chart elements (<c>Chart.*</c>). They are Teams extensions outside Adaptive Cards 1.5, so every
/// chart requires a <see cref="Fallback"/>: clients without charts (older clients, the Agents Playground, the reference
/// parser) render that element instead.
/// </summary>
public abstract record ChartElement : CardElement
{
    /// <summary>The chart's title, shown above it.</summary>
    public string? Title { get; init; }

    /// <summary>What clients without chart support show instead; keep it the same numbers as text.</summary>
    public required CardElement Fallback { get; init; }
}
