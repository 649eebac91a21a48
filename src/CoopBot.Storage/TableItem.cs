namespace CoopBot.Storage;

/// <summary>A table returned by <see cref="TableServiceClient.QueryTablesAsync"/>.</summary>
/// <param name="Name">The table name.</param>
public sealed record TableItem(string Name);
