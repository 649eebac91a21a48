namespace CoopBot.Storage;

/// <summary>The closed set of property value types the client can send and read back without a schema.</summary>
internal static class TableValues
{
    public static object? Check(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key is TableEntity.PartitionKeyName or TableEntity.RowKeyName && value is not string)
        {
            throw new ArgumentException($"{key} must be a non-null string.", nameof(value));
        }

        if (key == TableEntity.TimestampName && value is not (null or DateTimeOffset))
        {
            throw new ArgumentException("Timestamp must be a DateTimeOffset.", nameof(value));
        }

        return value switch
        {
            null or string or int or long or double or bool or DateTimeOffset or Guid or byte[] => value,
            // A local or unspecified DateTime would silently shift by the machine's offset.
            DateTime { Kind: DateTimeKind.Utc } => value,
            DateTime => throw new ArgumentException(
                $"Property '{key}': DateTime values must have Kind Utc; use DateTimeOffset or DateTime.UtcNow.", nameof(value)),
            Enum => throw new ArgumentException(
                $"Property '{key}': enums are not supported; store value.ToString() instead.", nameof(value)),
            _ => throw new ArgumentException(
                $"Property '{key}': type {value.GetType().Name} is not supported by the Table client.", nameof(value)),
        };
    }
}
