namespace CoopBot.Cards;

/// <summary><c>ActionSet</c>: a row of buttons inside the body (e.g. next to the element they act on).</summary>
public sealed record ActionSet : CardElement
{
    /// <summary>Creates an empty set; add <see cref="Actions"/>.</summary>
    public ActionSet()
    {
    }

    /// <summary>Creates a set of the given actions.</summary>
    public ActionSet(params IEnumerable<CardAction> actions) => Actions = [.. actions];

    /// <summary>The buttons.</summary>
    public IList<CardAction> Actions { get; init; } = [];
}
