using Azure.Data.Tables;

namespace CoopBot.Storage;

/// <summary>
/// Table service limits (learn.microsoft.com: "Understanding the Table service data model", "Scalability
/// targets for Table storage"). Azure.Data.Tables checks none of them and Azurite enforces only some, so
/// <see cref="LimitCheckedTableClient"/> checks them before sending; see <see cref="TableLimitException"/>.
/// </summary>
public static partial class TableLimits
{
    /// <summary>
    /// PartitionKey and RowKey: "up to 1 KiB". Read as UTF-16 that is 512 characters, which is exactly what
    /// Azurite 3.37 enforces (<c>DEFAULT_KEY_MAX_LENGTH = 512</c>); using the stricter reading keeps tests and
    /// production in agreement.
    /// </summary>
    public const int MaxKeyLength = 512;

    /// <summary>Properties besides PartitionKey, RowKey and Timestamp (255 in total).</summary>
    public const int MaxCustomProperties = 252;

    /// <summary>Property names: at most 255 characters.</summary>
    public const int MaxPropertyNameLength = 255;

    /// <summary>Strings: 64 KiB of UTF-16, i.e. 32 Ki characters.</summary>
    public const int MaxStringLength = 32 * 1024;

    /// <summary>Binary values: 64 KiB.</summary>
    public const int MaxBinaryLength = 64 * 1024;

    /// <summary>Entity size as the service estimates it (see <see cref="EstimateEntitySize"/>): 1 MiB.</summary>
    public const int MaxEntitySize = 1024 * 1024;

    /// <summary>Operations in one entity group transaction.</summary>
    public const int MaxTransactionActions = 100;

    /// <summary>Request body of one entity group transaction: 4 MiB.</summary>
    public const int MaxTransactionBodySize = 4 * 1024 * 1024;

    /// <summary>Entities per query page (<c>$top</c>).</summary>
    public const int MaxPageSize = 1000;

    /// <summary>
    /// Discrete comparisons in one <c>$filter</c>. The service enforces it; the client does not parse filters.
    /// </summary>
    public const int MaxFilterComparisons = 15;

    /// <summary>
    /// The documented estimate: 4 + 2 × len(PartitionKey + RowKey) + Σ(8 + 2 × len(name) + value size), where
    /// value size is 2 × len + 4 for strings, len + 4 for binary, 16 for Guid, 8 for Int64/Double/DateTime,
    /// 4 for Int32 and 1 for bool.
    /// </summary>
    public static long EstimateEntitySize(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        long size = 4 + (2L * (entity.PartitionKey.Length + entity.RowKey.Length));
        foreach (var (name, value) in entity)
        {
            if (!IsSystemProperty(name) && value is not null)
            {
                size += 8 + (2L * name.Length) + ValueSize(value);
            }
        }

        return size;
    }

    /// <summary>Keys, Timestamp and the SDK's <c>odata.etag</c> entry: never sent as properties.</summary>
    internal static bool IsSystemProperty(string name) =>
        name is PartitionKeyName or RowKeyName or TimestampName or ETagName;

    internal const string PartitionKeyName = "PartitionKey";
    internal const string RowKeyName = "RowKey";
    private const string TimestampName = "Timestamp";
    private const string ETagName = "odata.etag";

    private static long ValueSize(object value) => value switch
    {
        string s => (2L * s.Length) + 4,
        byte[] b => b.Length + 4L,
        Guid => 16,
        long or double or DateTime or DateTimeOffset => 8,
        int => 4,
        bool => 1,
        _ => 0,
    };
}
