using CoopBot.Registry.Contracts;
using System.Globalization;
using System.Text.RegularExpressions;
using CoopBot.Common;
using CoopBot.Domain.Registry;

namespace CoopBot.Registry.Import;

/// <summary>Row checks per kind. Each returns the write to run when the whole file is valid.</summary>
internal sealed partial class RegistryImport
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    private async Task<Func<CancellationToken, Task>> CheckOrganisationsAsync(IReadOnlyList<CsvRow> rows, List<string> problems, CancellationToken ct)
    {
        var services = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in await directory.GetSteeringGroupsAsync(ct))
        {
            services.UnionWith((await directory.GetServicesAsync(group.Id, ct)).Select(s => s.Id));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var organisations = new List<(Organisation, ConversationTarget?)>();
        foreach (var row in rows)
        {
            var before = problems.Count;
            var id = row.Get("id");
            Require(problems, row, Slug().IsMatch(id) && id != RegistryIds.Cultuurconnect, "id", id, RegistryTexts.ExpectSlug);
            Duplicate(problems, seen, row, id, "organisatie");
            Require(problems, row, row.Get("name").Length is > 0 and <= 200, "name", row.Get("name"), RegistryTexts.ExpectName);
            var kind = ParseEnum<OrganisationKind>(problems, row, "kind", KindAliases);
            var province = ParseEnum<Province>(problems, row, "province");
            var size = ParseEnum<SizeClass>(problems, row, "size");
            var regional = ParseBool(problems, row, "regional");
            var pilot = ParseBool(problems, row, "pilot");
            var taken = row.Get("services").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            foreach (var unknown in taken.Where(s => !services.Contains(s)))
            {
                problems.Add(RegistryTexts.UnknownService(row.Line, unknown));
            }

            if (problems.Count == before)
            {
                var conversation = await directory.GetOrganisationConversationAsync(id, ct);
                organisations.Add((new Organisation(id, row.Get("name"), kind!.Value, province!.Value, size!.Value, regional!.Value, pilot!.Value, taken), conversation));
            }
        }

        return c => writer.UpsertOrganisationsAsync(organisations, c);
    }

    private async Task<Func<CancellationToken, Task>> CheckPersonsAsync(IReadOnlyList<CsvRow> rows, List<string> problems, CancellationToken ct)
    {
        var organisations = (await directory.GetOrganisationsAsync(ct)).Select(o => o.Id).Append(RegistryIds.Cultuurconnect).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var persons = new List<PersonContact>();
        foreach (var row in rows)
        {
            var before = problems.Count;
            var id = row.Get("aadobjectid");
            Require(problems, row, Guid.TryParse(id, out _), "aadObjectId", id, RegistryTexts.ExpectGuid);
            Duplicate(problems, seen, row, id, "persoon");
            Require(problems, row, row.Get("name").Length is > 0 and <= 200, "name", row.Get("name"), RegistryTexts.ExpectName);
            Require(problems, row, Email().IsMatch(row.Get("email")), "email", row.Get("email"), RegistryTexts.ExpectEmail);
            Require(problems, row, organisations.Contains(row.Get("organisationid")), "organisationId", row.Get("organisationid"), RegistryTexts.ExpectOrganisation);
            if (problems.Count == before)
            {
                var teamsId = row.Get("teamsuserid");
                persons.Add(new PersonContact(new Person(id.ToLowerInvariant(), row.Get("name"), row.Get("email"), row.Get("organisationid")), teamsId.Length == 0 ? null : teamsId));
            }
        }

        return c => writer.UpsertPersonsAsync(persons, c);
    }

    private async Task<Func<CancellationToken, Task>> CheckSeatsAsync(IReadOnlyList<CsvRow> rows, List<string> problems, CancellationToken ct)
    {
        var groups = (await directory.GetSteeringGroupsAsync(ct)).ToDictionary(g => g.Id, StringComparer.Ordinal);
        var organisations = await directory.GetOrganisationsAsync(ct);
        var stored = new Dictionary<string, List<Seat>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seats = new List<MemberSeat>();
        foreach (var row in rows)
        {
            var before = problems.Count;
            var groupId = row.Get("steeringgroupid");
            Require(problems, row, groups.ContainsKey(groupId), "steeringGroupId", groupId, string.Join(", ", groups.Keys.Order()));
            var person = await directory.FindContactAsync(row.Get("aadobjectid"), ct);
            Require(problems, row, person is not null, "aadObjectId", row.Get("aadobjectid"), RegistryTexts.ExpectPerson);
            Duplicate(problems, seen, row, $"{groupId}|{row.Get("aadobjectid")}", "zitje");
            var role = ParseEnum<SeatRole>(problems, row, "role");
            var experience = ParseEnum<Experience>(problems, row, "experience");
            var start = ParseDate(problems, row, "termstart", required: true);
            var end = ParseDate(problems, row, "termend", required: false);
            var ratified = ParseDate(problems, row, "ratifiedon", required: false);
            var organisationId = row.Get("organisationid") is { Length: > 0 } given ? given : person?.Person.OrganisationId ?? string.Empty;
            if (role is SeatRole.Lid && organisations.All(o => o.Id != organisationId))
            {
                problems.Add(RegistryTexts.UnknownOrganisation(row.Line, organisationId));
            }

            if (problems.Count > before)
            {
                continue;
            }

            var termStart = DutchFormat.ToUtc(start!.Value, TimeOnly.MinValue, Brussels);
            var termEnd = end is { } e ? DutchFormat.ToUtc(e, TimeOnly.MinValue, Brussels) : TermRules.DefaultEnd(termStart);
            if (termEnd <= termStart)
            {
                problems.Add(RegistryTexts.TermEndBeforeStart(row.Line));
                continue;
            }

            var seat = new Seat($"{groupId}-{person!.Person.AadObjectId}", groupId, person.Person.AadObjectId, organisationId, role!.Value, termStart, termEnd, experience!.Value, ratified);
            if (!stored.TryGetValue(groupId, out var existing))
            {
                existing = (await directory.GetSeatsAsync(groupId, ct)).Select(s => s.Seat).ToList();
                stored[groupId] = existing;
            }

            var others = existing.Where(s => s.Id != seat.Id && s.PersonId != seat.PersonId).Concat(seats.Select(s => s.Seat));
            var allowed = SeatRules.CanAddSeat(others, seat, organisations);
            if (!allowed.IsSuccess)
            {
                problems.Add(RegistryTexts.RowRejected(row.Line, allowed.Rejection.Message));
                continue;
            }

            seats.Add(new MemberSeat(seat, person.Person.Name, person.TeamsUserId));
        }

        return c => writer.UpsertSeatsAsync(seats, c);
    }

    private static void Require(List<string> problems, CsvRow row, bool ok, string column, string value, string expected)
    {
        if (!ok)
        {
            problems.Add(RegistryTexts.Invalid(row.Line, column, value, expected));
        }
    }

    private static T? ParseEnum<T>(List<string> problems, CsvRow row, string column, Dictionary<string, T>? aliases = null)
        where T : struct, Enum
    {
        var raw = row.Get(column);
        var key = raw.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (Enum.TryParse<T>(key, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(key, out _))
        {
            return value;
        }

        if (aliases is not null && aliases.TryGetValue(key.ToLowerInvariant(), out var alias))
        {
            return alias;
        }

        Require(problems, row, false, column, raw, string.Join(", ", Enum.GetNames<T>()));
        return null;
    }

    private static bool? ParseBool(List<string> problems, CsvRow row, string column) => row.Get(column).ToLowerInvariant() switch
    {
        "ja" or "true" or "1" => true,
        "nee" or "false" or "0" or "" => false,
        var other => Fail<bool>(problems, row, column, other, RegistryTexts.ExpectYesNo),
    };

    private static DateOnly? ParseDate(List<string> problems, CsvRow row, string column, bool required)
    {
        var raw = row.Get(column);
        if (raw.Length == 0 && !required)
        {
            return null;
        }

        return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Fail<DateOnly>(problems, row, column, raw, RegistryTexts.ExpectDate);
    }

    private static T? Fail<T>(List<string> problems, CsvRow row, string column, string value, string expected)
        where T : struct
    {
        Require(problems, row, false, column, value, expected);
        return null;
    }

    private static readonly Dictionary<string, OrganisationKind> KindAliases = new(StringComparer.Ordinal)
    {
        ["cultuurcentrum"] = OrganisationKind.CultuurOfGemeenschapscentrum,
        ["gemeenschapscentrum"] = OrganisationKind.CultuurOfGemeenschapscentrum,
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")]
    private static partial Regex Email();
}
