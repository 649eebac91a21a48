namespace CoopBot.Storage;

/// <summary>Escaped relative paths of Table REST resources.</summary>
internal static class TablePaths
{
    public const string Tables = "Tables";
    public const string Batch = "$batch";

    /// <summary><c>{table}(PartitionKey='pk',RowKey='rk')</c>: quotes doubled inside the literal, then percent-encoded.</summary>
    public static string Entity(string table, string partitionKey, string rowKey) =>
        $"{table}(PartitionKey='{KeyLiteral(partitionKey)}',RowKey='{KeyLiteral(rowKey)}')";

    public static string Table(string table) => $"Tables('{table}')";

    public static string Query(string table) => table + "()";

    private static string KeyLiteral(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
