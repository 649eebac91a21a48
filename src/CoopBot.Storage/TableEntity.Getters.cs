namespace CoopBot.Storage;

public sealed partial class TableEntity
{
    /// <summary>The string value of <paramref name="key"/>, or null when absent.</summary>
    public string? GetString(string key) => Get<string>(key);

    /// <summary>The Int32 value of <paramref name="key"/>, or null when absent.</summary>
    public int? GetInt32(string key) => GetStruct<int>(key);

    /// <summary>The Int64 value of <paramref name="key"/> (an Int32 value widens), or null when absent.</summary>
    public long? GetInt64(string key) => this[key] is int i ? i : GetStruct<long>(key);

    /// <summary>The double value of <paramref name="key"/> (integer values widen), or null when absent.</summary>
    public double? GetDouble(string key) => this[key] switch
    {
        int i => i,
        long l => l,
        _ => GetStruct<double>(key),
    };

    /// <summary>The boolean value of <paramref name="key"/>, or null when absent.</summary>
    public bool? GetBoolean(string key) => GetStruct<bool>(key);

    /// <summary>The date-time value of <paramref name="key"/> (UTC offset), or null when absent.</summary>
    public DateTimeOffset? GetDateTimeOffset(string key) =>
        this[key] is DateTime dt ? new DateTimeOffset(dt) : GetStruct<DateTimeOffset>(key);

    /// <summary>The date-time value of <paramref name="key"/> as a UTC <see cref="DateTime"/>, or null when absent.</summary>
    public DateTime? GetDateTime(string key) => GetDateTimeOffset(key)?.UtcDateTime;

    /// <summary>The Guid value of <paramref name="key"/>, or null when absent.</summary>
    public Guid? GetGuid(string key) => GetStruct<Guid>(key);

    /// <summary>The binary value of <paramref name="key"/>, or null when absent.</summary>
    public byte[]? GetBinary(string key) => Get<byte[]>(key);

    private T? Get<T>(string key)
        where T : class =>
        this[key] switch
        {
            null => null,
            T value => value,
            var other => throw WrongType(key, other, typeof(T)),
        };

    private T? GetStruct<T>(string key)
        where T : struct =>
        this[key] switch
        {
            null => null,
            T value => value,
            var other => throw WrongType(key, other, typeof(T)),
        };

    private static InvalidOperationException WrongType(string key, object value, Type wanted) =>
        new($"Property '{key}' holds a {value.GetType().Name}, not a {wanted.Name}.");
}
