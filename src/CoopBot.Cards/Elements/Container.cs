namespace CoopBot.Cards;

/// <summary><c>Container</c>: groups elements, optionally on a styled background.</summary>
public sealed record Container : CardElement
{
    /// <summary>Creates an empty container; add <see cref="Items"/>.</summary>
    public Container()
    {
    }

    /// <summary>Creates a container of the given elements.</summary>
    public Container(params IEnumerable<CardElement> items) => Items = [.. items];

    /// <summary>The contained elements.</summary>
    public IList<CardElement> Items { get; init; } = [];

    /// <summary>Background style.</summary>
    public ContainerStyle? Style { get; init; }

    /// <summary>Lets a styled background bleed into the parent's padding.</summary>
    public bool? Bleed { get; init; }

    /// <summary>Vertical alignment of the items when the container is taller than its content.</summary>
    public VerticalAlignment? VerticalContentAlignment { get; init; }
}
