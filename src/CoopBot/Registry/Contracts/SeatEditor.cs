using CoopBot.Registry.Import;

namespace CoopBot.Registry.Contracts;

/// <summary>What a seat edit did: the problems (nothing written), or the seat before and after.</summary>
internal sealed record SeatEdit(IReadOnlyList<string> Problems, MemberSeat? Before, MemberSeat? After)
{
    public bool Applied => Problems.Count == 0;
}

/// <summary>A werkgroep as other features show it: its name and how many experts it has.</summary>
internal sealed record WorkingGroupSummary(string Name, int Experts);

/// <summary>
/// Registry edits and reads for the tab. A seat edit (role, term, ratification date of an existing seat) is one seats
/// row of the registry CSV, run through <see cref="RegistryImport"/> like <c>registry import</c>: the same parsing, the
/// same domain checks (<c>SeatRules</c>, term order, known roles), the same write and term-notice scheduling.
/// </summary>
internal sealed class SeatEditor(IMembershipDirectory directory, RegistryImport import)
{
    /// <summary>The unknown-seat problem (the caller words it).</summary>
    public const string UnknownSeat = "zitje";

    /// <summary>The form's fields as typed (dates as yyyy-MM-dd, as a date input sends them).</summary>
    public async Task<SeatEdit> EditAsync(string? steeringGroupId, string? personId, string? role, string? termStart, string? termEnd, string? ratifiedOn, CancellationToken ct)
    {
        var before = string.IsNullOrWhiteSpace(steeringGroupId)
            ? null
            : (await directory.GetSeatsAsync(steeringGroupId, ct)).FirstOrDefault(s => string.Equals(s.AadObjectId, personId, StringComparison.OrdinalIgnoreCase));
        if (before is null)
        {
            return new SeatEdit([UnknownSeat], null, null);
        }

        var seat = before.Seat;
        var row = new[] { seat.SteeringGroupId, before.AadObjectId, seat.OrganisationId, role, termStart, termEnd, seat.Experience.ToString(), ratifiedOn };
        var report = await import.ImportAsync(CsvFile.Line(RegistryImport.SeatColumns) + "\n" + CsvFile.Line(row) + "\n", ct);
        if (!report.Applied)
        {
            // The import numbers the CSV's lines; the form has one seat, so its problems are shown without "regel 2:".
            return new SeatEdit([.. report.Errors.Select(e => e.StartsWith("regel 2: ", StringComparison.Ordinal) ? e["regel 2: ".Length..] : e)], before, null);
        }

        var after = (await directory.GetSeatsAsync(seat.SteeringGroupId, ct)).First(s => string.Equals(s.AadObjectId, before.AadObjectId, StringComparison.OrdinalIgnoreCase));
        return new SeatEdit([], before, after);
    }

    /// <summary>The werkgroepen of a stuurgroep.</summary>
    public async Task<IReadOnlyList<WorkingGroupSummary>> WorkingGroupsAsync(string steeringGroupId, CancellationToken ct) =>
        [.. (await directory.GetWorkingGroupsAsync(steeringGroupId, ct)).Select(w => new WorkingGroupSummary(w.Name, w.ExpertIds.Count))];
}
