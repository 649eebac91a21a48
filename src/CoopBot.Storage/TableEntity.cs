using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Azure;

namespace CoopBot.Storage;

/// <summary>
/// A table row as a property bag, shaped like Azure.Data.Tables' <c>TableEntity</c>. Supported value types:
/// <see cref="string"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>,
/// <see cref="DateTimeOffset"/>, UTC <see cref="DateTime"/>, <see cref="Guid"/> and <c>byte[]</c>.
/// Enums are not supported: store them as strings. A null value means "no property" and is not sent.
/// </summary>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Same name as Azure.Data.Tables.TableEntity.")]
public sealed partial class TableEntity : IDictionary<string, object?>
{
    internal const string PartitionKeyName = "PartitionKey";
    internal const string RowKeyName = "RowKey";
    internal const string TimestampName = "Timestamp";

    private readonly Dictionary<string, object?> _properties = new(StringComparer.Ordinal);

    /// <summary>Creates an entity with the given keys.</summary>
    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    /// <summary>Copies <paramref name="values"/>, which must contain string PartitionKey and RowKey values.</summary>
    public TableEntity(IDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            this[key] = value;
        }

        _ = PartitionKey;
        _ = RowKey;
    }

    /// <summary>The partition key.</summary>
    public string PartitionKey
    {
        get => GetString(PartitionKeyName) ?? throw new InvalidOperationException("The entity has no PartitionKey.");
        set => this[PartitionKeyName] = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The row key.</summary>
    public string RowKey
    {
        get => GetString(RowKeyName) ?? throw new InvalidOperationException("The entity has no RowKey.");
        set => this[RowKeyName] = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Last-modified time set by the service; never sent on writes.</summary>
    public DateTimeOffset? Timestamp
    {
        get => GetDateTimeOffset(TimestampName);
        set => this[TimestampName] = value;
    }

    /// <summary>The ETag read from the service (default for an entity that was never read or written).</summary>
    public ETag ETag { get; set; }

    /// <inheritdoc />
    public object? this[string key]
    {
        get => _properties.TryGetValue(key, out var value) ? value : null;
        set => _properties[key] = TableValues.Check(key, value);
    }

    /// <inheritdoc />
    public ICollection<string> Keys => _properties.Keys;

    /// <inheritdoc />
    public ICollection<object?> Values => _properties.Values;

    /// <inheritdoc />
    public int Count => _properties.Count;

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc />
    public void Add(string key, object? value) => _properties.Add(key, TableValues.Check(key, value));

    /// <inheritdoc />
    public void Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    /// <inheritdoc />
    public void Clear() => _properties.Clear();

    /// <inheritdoc />
    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Contains(item);

    /// <inheritdoc />
    public bool ContainsKey(string key) => _properties.ContainsKey(key);

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_properties).CopyTo(array, arrayIndex);

    /// <inheritdoc />
    public bool Remove(string key) => _properties.Remove(key);

    /// <inheritdoc />
    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_properties).Remove(item);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _properties.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _properties.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
