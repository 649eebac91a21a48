using CoopBot.Registry.Contracts;

namespace CoopBot.Registry.Import;

/// <summary>
/// "registry import": one CSV file of organisations, persons or seats, recognised by its header (README "Registry CSV").
/// Every row is checked first, against the file and the stored registry; only a file without a single problem is written,
/// with replace-upserts, so importing the same file again changes nothing.
/// </summary>
internal sealed partial class RegistryImport(IMembershipDirectory directory, RegistryWriter writer) : IRegistryImport
{
    public static readonly string[] OrganisationColumns = ["id", "name", "kind", "province", "size", "regional", "pilot", "services"];
    public static readonly string[] PersonColumns = ["aadobjectid", "name", "email", "organisationid", "teamsuserid"];
    public static readonly string[] SeatColumns = ["steeringgroupid", "aadobjectid", "organisationid", "role", "termstart", "termend", "experience", "ratifiedon"];

    /// <inheritdoc/>
    public async Task<ImportReport> ImportAsync(string csv, CancellationToken ct, bool write = true)
    {
        var (header, rows, errors) = CsvFile.Parse(csv);
        var kind = Matches(header, OrganisationColumns) ? "organisaties"
            : Matches(header, PersonColumns) ? "personen"
            : Matches(header, SeatColumns) ? "zitjes"
            : null;
        if (kind is null)
        {
            return new ImportReport("onbekend", rows.Count, [RegistryTexts.UnknownHeader($"{string.Join(';', OrganisationColumns)} | {string.Join(';', PersonColumns)} | {string.Join(';', SeatColumns)}")], false);
        }

        var problems = new List<string>(errors);
        Func<CancellationToken, Task> apply = kind switch
        {
            "organisaties" => await CheckOrganisationsAsync(rows, problems, ct),
            "personen" => await CheckPersonsAsync(rows, problems, ct),
            _ => await CheckSeatsAsync(rows, problems, ct),
        };
        if (problems.Count > 0 || !write)
        {
            return new ImportReport(kind, rows.Count, problems, false);
        }

        await apply(ct);
        return new ImportReport(kind, rows.Count, [], true);
    }

    private static bool Matches(IReadOnlyList<string> header, string[] columns) => header.SequenceEqual(columns, StringComparer.OrdinalIgnoreCase);

    private static void Duplicate(List<string> problems, HashSet<string> seen, CsvRow row, string key, string what)
    {
        if (!seen.Add(key))
        {
            problems.Add(RegistryTexts.DuplicateRow(row.Line, what, key));
        }
    }
}
