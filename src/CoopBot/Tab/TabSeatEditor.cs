using System.Globalization;
using CoopBot.Domain.Registry;
using CoopBot.Registry;
using CoopBot.Registry.Import;

namespace CoopBot.Tab;

/// <summary>What a seat edit did: the problems (nothing written), or the seat before and after.</summary>
internal sealed record SeatEdit(IReadOnlyList<string> Problems, MemberSeat? Before, MemberSeat? After)
{
    public bool Applied => Problems.Count == 0;
}

/// <summary>
/// Beheer's seat form: role, term and ratification date of an existing seat. The edit is one seats row of the registry
/// CSV, run through <see cref="RegistryImport"/> like <c>registry import</c>: the same parsing, the same domain checks
/// (<see cref="SeatRules"/>, term order, known roles), the same write and term-notice scheduling. Nothing else changes.
/// </summary>
internal sealed class TabSeatEditor(IMembershipDirectory directory, RegistryImport import, TabTimeZone time)
{
    /// <summary>The form's fields as typed (dates as the date input sends them, yyyy-MM-dd).</summary>
    public async Task<SeatEdit> EditAsync(string? steeringGroupId, string? personId, string? role, string? termStart, string? termEnd, string? ratifiedOn, CancellationToken ct)
    {
        var before = string.IsNullOrWhiteSpace(steeringGroupId)
            ? null
            : (await directory.GetSeatsAsync(steeringGroupId, ct)).FirstOrDefault(s => string.Equals(s.AadObjectId, personId, StringComparison.OrdinalIgnoreCase));
        if (before is null)
        {
            return new SeatEdit([TabTexts.UnknownSeat], null, null);
        }

        var seat = before.Seat;
        var row = new[] { seat.SteeringGroupId, before.AadObjectId, seat.OrganisationId, role, termStart, termEnd, seat.Experience.ToString(), ratifiedOn };
        var csv = CsvFile.Line(RegistryImport.SeatColumns) + "\n" + CsvFile.Line(row) + "\n";
        var report = await import.ImportAsync(csv, ct);
        if (!report.Applied)
        {
            // The import numbers the CSV's lines; the form has one seat, so its problems are shown without "regel 2:".
            return new SeatEdit([.. report.Errors.Select(e => e.StartsWith("regel 2: ", StringComparison.Ordinal) ? e["regel 2: ".Length..] : e)], before, null);
        }

        var after = (await directory.GetSeatsAsync(seat.SteeringGroupId, ct)).First(s => string.Equals(s.AadObjectId, before.AadObjectId, StringComparison.OrdinalIgnoreCase));
        return new SeatEdit([], before, after);
    }

    /// <summary>The seat as the audit line and the page show it.</summary>
    public string Describe(MemberSeat member) => string.Create(CultureInfo.InvariantCulture, $"{member.Name} in {member.Seat.SteeringGroupId}: {SeatRolePolicy.For(member.Seat.Role).DisplayName}, {time.Date(member.Seat.TermStart)} tot {time.Date(member.Seat.TermEnd)}, {(member.Seat.RatifiedOn is { } on ? "bekrachtigd op " + on.ToString("d MMMM yyyy", TabTimeZone.Culture) : "voorgesteld")}");

    /// <summary>A date as the date input expects it.</summary>
    public static string InputDate(DateTimeOffset instant, TabTimeZone time) => time.LocalDate(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
