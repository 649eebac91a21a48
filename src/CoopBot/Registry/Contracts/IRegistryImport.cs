namespace CoopBot.Registry.Contracts;

/// <summary>What an import did: the kind of file, how many rows, and every problem with its line number.</summary>
internal sealed record ImportReport(string Kind, int Rows, IReadOnlyList<string> Errors, bool Applied);

/// <summary>One registry CSV file (organisations, persons or seats) with the admin CLI's validation, as the tab imports it.</summary>
internal interface IRegistryImport
{
    /// <summary>Checks every row; writes only when all are valid and <paramref name="write"/> is set (false: a preview).</summary>
    Task<ImportReport> ImportAsync(string csv, CancellationToken ct, bool write = true);
}
