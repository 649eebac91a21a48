using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using CoopBot.Common;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Decisions;
using CoopBot.Domain.Registry;
using CoopBot.Storage;

namespace CoopBot.Decisions;

/// <summary>
/// Table rows of one decision, all in one partition (PartitionKey = poll id) so a ballot and its audit event commit
/// in one batch: "~poll" is the decision, a voter's AAD object id is their ballot, "~evt|…" rows are audit events and
/// "~cmt|…" rows are comments
/// and "~pxy|…" rows are the proxies of a consultation (for a consultation a ballot's RowKey is the organisation id). '~' sorts after every GUID character, so "RowKey lt '~'" selects exactly the ballots.
/// </summary>
internal static class DecisionEntities
{
    public const string TableName = "Decisions";
    public const string PollRowKey = "~poll";
    public const string CommentPrefix = "~cmt|";
    public const string ProxyPrefix = "~pxy|";
    public const string BallotUpperBound = "~";
    private const string SealedProperty = "Sealed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static TableEntity ToEntity(PollRecord poll)
    {
        var d = poll.Definition;
        var e = new TableEntity(poll.Id, PollRowKey)
        {
            ["SteeringGroupId"] = poll.SteeringGroupId,
            ["Kind"] = d.Kind.Id,
            ["Title"] = d.Title,
            ["Description"] = d.Description,
            ["Options"] = JsonSerializer.Serialize(d.Options, Json),
            ["Settings"] = JsonSerializer.Serialize(d.Settings, Json),
            ["AmountCents"] = d.Amount?.Cents,
            ["Attachments"] = d.Attachments.Count == 0 ? null : JsonSerializer.Serialize(d.Attachments, Json),
            ["Status"] = poll.State.Status.ToString(),
            ["ClosesAt"] = poll.State.ClosesAt,
            ["ClosedAt"] = poll.State.ClosedAt,
            ["CreatedBy"] = poll.CreatedBy,
            ["CreatedByName"] = poll.CreatedByName,
            ["CreatedAt"] = poll.CreatedAt,
            ["Result"] = poll.Result is null ? null : JsonSerializer.Serialize(poll.Result, Json),
            ["AnnouncedAt"] = poll.AnnouncedAt,
            ["AutoReminderSentAt"] = poll.AutoReminderSentAt,
            ["OutcomeStatement"] = poll.OutcomeStatement,
            ["Confidential"] = poll.Confidential,
            ["BallotKey"] = poll.BallotKey,
            ["Reference"] = poll.Reference,
        };
        CardLocationColumns.Standard.Write(e, poll.Card);

        return e;
    }

    public static PollRecord ToPoll(TableEntity e)
    {
        var kind = PollKinds.Find(e.GetString("Kind")) ?? throw new InvalidDataException($"Poll {e.PartitionKey} has an unknown kind.");
        var options = JsonSerializer.Deserialize<List<PollOption>>(e.GetString("Options") ?? "[]", Json) ?? [];
        var settings = JsonSerializer.Deserialize<PollSettings>(e.GetString("Settings") ?? "null", Json) ?? PollSettings.Default;
        var attachments = e.GetString("Attachments") is { } links ? JsonSerializer.Deserialize<List<PollAttachment>>(links, Json) : null;
        var amount = e.GetInt64Widened("AmountCents") is { } cents ? Money.FromCents(cents) : (Money?)null;
        var definition = PollDefinition.Restore(
            kind, e.GetString("Title") ?? string.Empty, e.GetString("Description") ?? string.Empty, options, settings, amount, attachments);
        var state = new PollState(
            Enum.Parse<PollStatus>(e.GetString("Status") ?? nameof(PollStatus.Open)),
            e.GetDateTimeOffset("ClosesAt") ?? DateTimeOffset.MinValue,
            e.GetDateTimeOffset("ClosedAt"));
        var card = CardLocationColumns.Standard.Read(e);
        var result = e.GetString("Result") is { } json ? JsonSerializer.Deserialize<StoredResult>(json, Json) : null;
        return new PollRecord(
            e.PartitionKey,
            e.GetString("SteeringGroupId") ?? string.Empty,
            definition,
            state,
            e.GetString("CreatedBy") ?? string.Empty,
            e.GetString("CreatedByName") ?? string.Empty,
            e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
            card,
            result,
            e.GetDateTimeOffset("AnnouncedAt"))
        {
            AutoReminderSentAt = e.GetDateTimeOffset("AutoReminderSentAt"),
            OutcomeStatement = e.GetString("OutcomeStatement"),
            Confidential = e.GetBoolean("Confidential") ?? false,
            BallotKey = e.GetBinary("BallotKey"),
            Reference = e.GetString("Reference"),
        };
    }

    /// <summary>Whether a poll row (or a projection with "Settings") is a consultation, whose ballots are keyed by organisation.</summary>
    public static bool IsConsultation(TableEntity pollRow) =>
        (JsonSerializer.Deserialize<PollSettings>(pollRow.GetString("Settings") ?? "null", Json) ?? PollSettings.Default).Audience == Audience.Cooperants;

    /// <summary>A ballot row. For an anonymous decision the choice and reason are sealed with the decision's key.</summary>
    public static TableEntity ToEntity(PollRecord poll, BallotRecord ballot, string activityKey)
    {
        var e = new TableEntity(poll.Id, ballot.VoterId)
        {
            ["VoterName"] = ballot.VoterName,
            ["CastAt"] = ballot.CastAt,
            ["ActivityKey"] = activityKey,
            ["CastById"] = ballot.CastById,
            ["CastByName"] = ballot.CastByName,
            ["ByProxy"] = ballot.ByProxy ? true : null,
        };
        if (poll.BallotKey is { } key)
        {
            e[SealedProperty] = BallotSeal.Seal(key, poll.Id, ballot.VoterId, ballot.OptionIds, ballot.Reason);
        }
        else
        {
            e["Choice"] = ballot.OptionIds.Count == 0 ? null : string.Join(',', ballot.OptionIds);
            e["Reason"] = ballot.Reason;
        }

        return e;
    }

    /// <summary>Reads a ballot row; a sealed ballot whose key was deleted (counted anonymous decision) has no choice.</summary>
    public static BallotRecord ToBallot(TableEntity e, PollRecord poll)
    {
        var (optionIds, reason) = e.GetString(SealedProperty) is { } sealedText
            ? poll.BallotKey is { } key ? BallotSeal.Open(key, poll.Id, e.RowKey, sealedText) : ([], null)
            : ((e.GetString("Choice") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries), e.GetString("Reason"));
        return new BallotRecord(e.RowKey, e.GetString("VoterName") ?? string.Empty, optionIds, reason, e.GetDateTimeOffset("CastAt") ?? DateTimeOffset.MinValue)
        {
            CastById = e.GetString("CastById"),
            CastByName = e.GetString("CastByName"),
            ByProxy = e.GetBoolean("ByProxy") ?? false,
        };
    }

    /// <summary>Whether a ballot row still holds a choice or reason, in the clear or sealed.</summary>
    public static bool HoldsChoice(TableEntity ballotRow) =>
        ballotRow.GetString(SealedProperty) is not null || ballotRow.GetString("Choice") is not null || ballotRow.GetString("Reason") is not null;

    /// <summary>What stays of an anonymous ballot once its sealed choice is purged: only "this person voted".</summary>
    public static TableEntity ToParticipation(TableEntity ballotRow) => new(ballotRow.PartitionKey, ballotRow.RowKey)
    {
        ["VoterName"] = ballotRow.GetString("VoterName"),
        ["CastAt"] = ballotRow.GetDateTimeOffset("CastAt"),
        ["CastById"] = ballotRow.GetString("CastById"),
        ["CastByName"] = ballotRow.GetString("CastByName"),
        ["ByProxy"] = ballotRow.GetBoolean("ByProxy"),
        ["Participated"] = true,
    };

    public static TableEntity ToEntity(string pollId, CommentRecord comment) => new(pollId, CommentPrefix + TableKey.Encode(comment.Key))
    {
        ["AuthorId"] = comment.AuthorId,
        ["AuthorName"] = comment.AuthorName,
        ["Text"] = comment.Text,
        ["At"] = comment.At,
    };

    public static CommentRecord ToComment(TableEntity e) => new(
        TableKey.Decode(e.RowKey[CommentPrefix.Length..]),
        e.GetString("AuthorId") ?? string.Empty,
        e.GetString("AuthorName") ?? string.Empty,
        e.GetString("Text") ?? string.Empty,
        e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue);

    public static string FormatInvariant(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static TableEntity ToEntity(ProxyRecord proxy) => new(proxy.Registration.ConsultationId, ProxyPrefix + TableKey.Encode(proxy.Registration.GrantingOrganisationId))
    {
        ["GrantingOrganisationId"] = proxy.Registration.GrantingOrganisationId,
        ["GrantingName"] = proxy.GrantingName,
        ["ProxyPersonId"] = proxy.Registration.ProxyPersonId,
        ["ProxyName"] = proxy.ProxyName,
        ["ProxyOrganisationName"] = proxy.ProxyOrganisationName,
        ["RegisteredBy"] = proxy.Registration.RegisteredBy,
        ["RegisteredAt"] = proxy.Registration.RegisteredAt,
    };

    public static ProxyRecord ToProxy(TableEntity e) => new(
        new ProxyRegistration(
            e.PartitionKey,
            e.GetString("GrantingOrganisationId") ?? string.Empty,
            e.GetString("ProxyPersonId") ?? string.Empty,
            e.GetString("RegisteredBy") ?? string.Empty,
            e.GetDateTimeOffset("RegisteredAt") ?? DateTimeOffset.MinValue),
        e.GetString("GrantingName") ?? string.Empty,
        e.GetString("ProxyName") ?? string.Empty,
        e.GetString("ProxyOrganisationName") ?? string.Empty);
}
