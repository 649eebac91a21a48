using System.Diagnostics.CodeAnalysis;

namespace CoopBot.Domain.Common;

/// <summary>
/// An expected refusal of a governance rule: a stable machine code plus the Dutch (nl-BE) sentence shown to the user.
/// Rules return rejections; exceptions are reserved for programmer errors.
/// </summary>
public sealed record Rejection(string Code, string Message);

/// <summary>Outcome of a rule that yields a value when it succeeds.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Rejection? rejection)
    {
        Value = value;
        Rejection = rejection;
    }

    public T? Value { get; }

    public Rejection? Rejection { get; }

    /// <summary>True with a value, false with a rejection: the compiler knows which of the two is set after this check.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsSuccess => Rejection is null;

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Fail(Rejection rejection) => new(default, rejection ?? throw new ArgumentNullException(nameof(rejection)));

    public static Result<T> Fail(string code, string message) => Fail(new Rejection(code, message));

    public static implicit operator Result<T>(Rejection rejection) => Fail(rejection);

    public static implicit operator Result<T>(T value) => Success(value);
}
