using System.Diagnostics.CodeAnalysis;

namespace CoopBot.Cards;

/// <summary><c>FactSet</c>: a two-column list of title/value pairs.</summary>
public sealed record FactSet : CardElement
{
    /// <summary>Creates an empty set; add <see cref="Facts"/>.</summary>
    public FactSet()
    {
    }

    /// <summary>Creates a set of the given facts.</summary>
    public FactSet(params IEnumerable<Fact> facts) => Facts = [.. facts];

    /// <summary>The facts, top to bottom.</summary>
    public IList<Fact> Facts { get; init; } = [];
}

/// <summary>One row of a <see cref="FactSet"/>. Teams interprets markdown in both parts.</summary>
public sealed record Fact
{
    /// <summary>Creates an empty fact; set <see cref="Title"/> and <see cref="Value"/>.</summary>
    public Fact()
    {
    }

    /// <summary>Creates a fact from trusted text (markdown is interpreted).</summary>
    [SetsRequiredMembers]
    public Fact(string title, string value)
    {
        Title = title;
        Value = value;
    }

    /// <summary>The label.</summary>
    public required string Title { get; init; }

    /// <summary>The value.</summary>
    public required string Value { get; init; }

    /// <summary>A fact with a trusted <paramref name="title"/> and a user-supplied <paramref name="value"/> shown literally.</summary>
    public static Fact Literal(string title, string value) => new(title, CardText.Literal(value));
}
