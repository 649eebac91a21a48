using Azure.Data.Tables;

namespace CoopBot.Storage;

/// <summary>Typed reads the SDK's <see cref="TableEntity"/> does not do.</summary>
public static class TableEntityExtensions
{
    /// <summary>
    /// The whole-number value of <paramref name="key"/>, or null when absent. Unlike the SDK's
    /// <see cref="TableEntity.GetInt64"/>, an Int32 value widens: the service stores a number without a type
    /// annotation as Int32, so rows written by other tools (or small values written as Int32) stay readable.
    /// </summary>
    public static long? GetInt64Widened(this TableEntity entity, string key)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity[key] is int value ? value : entity.GetInt64(key);
    }
}
