using System.Globalization;
using Azure.Data.Tables;

namespace CoopBot.Storage;

public static partial class TableLimits
{
    // The service stores DateTime from 1601-01-01 UTC onwards (Windows file time epoch).
    private static readonly DateTimeOffset MinDateTime = new(1601, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Throws <see cref="TableLimitException"/> unless <paramref name="key"/> is a valid PartitionKey/RowKey.</summary>
    public static void ValidateKey(string key, string keyName = "key")
    {
        ArgumentNullException.ThrowIfNull(key, keyName);
        if (key.Length > MaxKeyLength)
        {
            throw new TableLimitException($"{keyName} is {key.Length} characters; the maximum is {MaxKeyLength}.", keyName);
        }

        var bad = key.AsSpan().IndexOfAny(TableKey.DisallowedCharacters);
        if (bad >= 0)
        {
            throw new TableLimitException(
                $"{keyName} contains the disallowed character U+{(int)key[bad]:X4} at index {bad} "
                + "('/', '\\', '#', '?' and control characters are not allowed; use TableKey.Encode).", keyName);
        }
    }

    /// <summary>Throws <see cref="TableLimitException"/> if the entity breaks a key, property or size limit.</summary>
    public static void ValidateEntity(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ValidateKey(entity.PartitionKey, PartitionKeyName);
        ValidateKey(entity.RowKey, RowKeyName);
        var custom = 0;
        foreach (var (name, value) in entity)
        {
            if (!IsSystemProperty(name) && value is not null)
            {
                custom++;
                ValidatePropertyName(name);
                ValidateValue(name, value);
            }
        }

        if (custom > MaxCustomProperties)
        {
            throw new TableLimitException($"The entity has {custom} properties; at most {MaxCustomProperties} are allowed besides the keys.");
        }

        var size = EstimateEntitySize(entity);
        if (size > MaxEntitySize)
        {
            throw new TableLimitException($"The entity is about {size} bytes; the maximum is {MaxEntitySize} (1 MiB).");
        }
    }

    /// <summary>
    /// Throws <see cref="TableLimitException"/> unless <paramref name="actions"/> is a valid entity group transaction:
    /// 1 to 100 actions on one PartitionKey, each RowKey once, every entity within the limits (only keys for deletes).
    /// </summary>
    public static void ValidateTransaction(IReadOnlyList<TableTransactionAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxTransactionActions)
        {
            throw new TableLimitException($"A transaction holds 1 to 100 actions, not {actions.Count}.", nameof(actions));
        }

        var partitionKey = actions[0]?.Entity.PartitionKey;
        long bodySize = 0;
        var rowKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (action is null)
            {
                throw new ArgumentException("A transaction action is null.", nameof(actions));
            }

            var entity = action.Entity;
            if (!string.Equals(entity.PartitionKey, partitionKey, StringComparison.Ordinal))
            {
                throw new TableLimitException("All actions of a transaction must share one PartitionKey.", nameof(actions));
            }

            if (!rowKeys.Add(entity.RowKey))
            {
                throw new TableLimitException($"RowKey '{entity.RowKey}' appears twice; each entity may appear once per transaction.", nameof(actions));
            }

            if (action.ActionType == TableTransactionActionType.Delete || entity is not TableEntity table)
            {
                ValidateKey(entity.PartitionKey, PartitionKeyName);
                ValidateKey(entity.RowKey, RowKeyName);
            }
            else
            {
                ValidateEntity(table);
                bodySize += EstimateJsonSize(table);
            }
        }

        if (bodySize + (actions.Count * TransactionPartOverhead) > MaxTransactionBodySize)
        {
            throw new TableLimitException($"The transaction body would be about {bodySize} bytes; the maximum is 4 MiB.", nameof(actions));
        }
    }

    // The multipart headers of one action (boundary, method, URL with both keys, content headers): generous.
    private const int TransactionPartOverhead = 400;

    /// <summary>
    /// The entity's JSON as the SDK writes it, from below: names and values, with non-ASCII characters escaped
    /// (<c>\u00FC</c>, six bytes) by System.Text.Json's default encoder, binary as base64.
    /// </summary>
    private static long EstimateJsonSize(TableEntity entity)
    {
        long size = 2;
        foreach (var (name, value) in entity)
        {
            size += name.Length + 4 + value switch
            {
                string s => JsonStringSize(s),
                byte[] b => ((b.Length + 2) / 3 * 4) + 40,
                BinaryData d => ((d.ToMemory().Length + 2) / 3 * 4) + 40,
                _ => 40,
            };
        }

        return size;
    }

    private static long JsonStringSize(string s)
    {
        long size = 2;
        foreach (var c in s)
        {
            size += c is >= ' ' and < '\u007f' and not ('"' or '\\' or '<' or '>' or '&' or '\'' or '+' or '`') ? 1 : 6;
        }

        return size;
    }

    private static void ValidatePropertyName(string name)
    {
        var valid = name.Length is > 0 and <= MaxPropertyNameLength
            && (char.IsLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (!valid)
        {
            throw new TableLimitException(
                $"Property name '{Shorten(name)}' is invalid: use a C#-style identifier of at most {MaxPropertyNameLength} characters.");
        }
    }

    private static void ValidateValue(string name, object value)
    {
        var problem = value switch
        {
            string s when s.Length > MaxStringLength => $"is a string of {s.Length} characters; the maximum is {MaxStringLength}",
            byte[] b when b.Length > MaxBinaryLength => $"is {b.Length} bytes of binary; the maximum is {MaxBinaryLength}",
            DateTime { Kind: not DateTimeKind.Utc } => "is a local or unspecified DateTime (use DateTimeOffset or a UTC DateTime)",
            DateTimeOffset or DateTime when (value is DateTime dt ? new DateTimeOffset(dt) : (DateTimeOffset)value) < MinDateTime => "is before 1601-01-01 UTC",
            string or int or long or double or bool or Guid or byte[] or BinaryData or DateTimeOffset or DateTime => null,
            Enum => "is an enum (store value.ToString())",
            _ => $"has type {value.GetType().Name}, which Table storage cannot hold",
        };
        if (problem is not null)
        {
            throw new TableLimitException(string.Create(CultureInfo.InvariantCulture, $"Property '{name}' {problem}."));
        }
    }

    private static string Shorten(string name) => name.Length <= 40 ? name : name[..40] + "…";
}
