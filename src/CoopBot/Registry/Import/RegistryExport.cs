using CoopBot.Registry.Contracts;
using System.Globalization;
using CoopBot.Domain.Registry;

namespace CoopBot.Registry.Import;

/// <summary>"registry export": the stored organisations, persons and seats in the import formats, so a round trip changes nothing.</summary>
internal sealed class RegistryExport(IMembershipDirectory directory)
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public async Task<(string Organisations, string Persons, string Seats)> ExportAsync(CancellationToken ct)
    {
        var organisations = (await directory.GetOrganisationsAsync(ct)).OrderBy(o => o.Id, StringComparer.Ordinal).ToList();
        var seats = new List<MemberSeat>();
        foreach (var group in (await directory.GetSteeringGroupsAsync(ct)).OrderBy(g => g.Id, StringComparer.Ordinal))
        {
            seats.AddRange((await directory.GetSeatsAsync(group.Id, ct)).OrderBy(s => s.AadObjectId, StringComparer.Ordinal));
        }

        var persons = new List<PersonContact>();
        foreach (var organisationId in organisations.Select(o => o.Id).Append(RegistryIds.Cultuurconnect))
        {
            persons.AddRange(await directory.GetRepresentativesAsync(organisationId, ct));
        }

        return (
            Csv(RegistryImport.OrganisationColumns, organisations.Select(o => new[]
            {
                o.Id, o.Name, o.Kind.ToString(), o.Province.ToString(), o.Size.ToString(), YesNo(o.IsRegional), YesNo(o.IsPilot), string.Join('|', o.Services.Order(StringComparer.Ordinal)),
            })),
            Csv(RegistryImport.PersonColumns, persons.OrderBy(p => p.Person.AadObjectId, StringComparer.Ordinal).Select(p => new[]
            {
                p.Person.AadObjectId, p.Person.Name, p.Person.Email, p.Person.OrganisationId, p.TeamsUserId,
            })),
            Csv(RegistryImport.SeatColumns, seats.Select(s => new[]
            {
                s.Seat.SteeringGroupId, s.AadObjectId, s.Seat.OrganisationId, s.Seat.Role.ToString(), Date(s.Seat.TermStart), Date(s.Seat.TermEnd),
                s.Seat.Experience.ToString(), s.Seat.RatifiedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })));
    }

    private static string Csv(string[] header, IEnumerable<string?[]> rows) =>
        string.Join('\n', rows.Select(r => CsvFile.Line(r)).Prepend(CsvFile.Line(header))) + "\n";

    private static string YesNo(bool value) => value ? "ja" : "nee";

    private static string Date(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Brussels).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
