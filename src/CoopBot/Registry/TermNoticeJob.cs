using CoopBot.Registry.Contracts;
using System.Globalization;
using Azure.Data.Tables;
using CoopBot.Common;
using CoopBot.Domain.Registry;
using CoopBot.Jobs.Contracts;
using CoopBot.Protocol.Schema;
using CoopBot.Storage;
using CoopBot.Decisions.Contracts;

namespace CoopBot.Registry;

/// <summary>
/// Seed 002 terms run 2 years; <see cref="TermRules.ExpiryNoticeDays"/> days before a seat ends, its stuurgroep's chair(s)
/// (1:1 chat) and the community manager get a notice, once per seat and term. Scheduled by <see cref="RegistryWriter"/>
/// whenever a seat is written; a "notice" row in the registry table remembers that it was sent.
/// </summary>
internal sealed class TermNoticeJob(
    IMembershipDirectory directory, ProactiveMessenger messenger, DeliveryLedger ledger, ITableClientProvider tables, IDecisionLookup decisions, TimeProvider clock)
    : IJobHandler
{
    public const string Type = "registry.term-notice";
    private const string NoticePartition = "notice";

    public string JobType => Type;

    public static string Key(Seat seat) =>
        $"{seat.SteeringGroupId}|{seat.PersonId}|{seat.TermEnd.UtcTicks.ToString(CultureInfo.InvariantCulture)}";

    public async Task<JobResult> RunAsync(JobItem job, CancellationToken ct)
    {
        var parts = job.Key.Split('|');
        var seats = await directory.GetSeatsAsync(parts[0], ct);
        var member = seats.FirstOrDefault(s => string.Equals(s.AadObjectId, parts[1], StringComparison.OrdinalIgnoreCase) && Key(s.Seat) == job.Key);
        var table = await tables.GetTableAsync(RegistryEntities.TableName, ct);
        var marker = TableKey.Encode(job.Key);
        var notified = await table.GetEntityOrNullAsync(NoticePartition, marker, cancellationToken: ct) is not null;
        var now = clock.GetUtcNow();
        if (member is null || !TermRules.NeedsExpiryNotice(member.Seat, now, notified))
        {
            // The seat changed, ended or was already announced; a not-yet-due notice waits for its moment.
            return member is not null && !notified && now < TermRules.ExpiryNoticeAt(member.Seat) ? JobResult.RunAgainAt(TermRules.ExpiryNoticeAt(member.Seat)) : JobResult.Done;
        }

        await SendAsync(job.Key, member, seats, now, ct);
        await table.UpsertEntityAsync(new TableEntity(NoticePartition, marker) { ["SentAt"] = now }, TableUpdateMode.Replace, ct);
        return JobResult.Done;
    }

    // Each notice through the delivery ledger: a retry after one failed send does not repeat the ones that went out.
    private async Task SendAsync(string key, MemberSeat member, IReadOnlyList<MemberSeat> seats, DateTimeOffset now, CancellationToken ct)
    {
        var group = await directory.FindSteeringGroupAsync(member.Seat.SteeringGroupId, ct);
        var manager = await directory.GetCommunityManagerAsync(ct);
        var tenant = group?.Teams?.TenantId ?? manager?.Conversation?.TenantId;
        var text = RegistryTexts.TermEnding(
            member.Name, SeatRolePolicy.For(member.Seat.Role).DisplayName.ToLowerInvariant(), group?.Name ?? member.Seat.SteeringGroupId, DutchFormat.Date(member.Seat.TermEnd, decisions.TimeZone));
        foreach (var chair in seats.Where(s => s.Seat.Role == SeatRole.Voorzitter && TermRules.IsActive(s.Seat, now)))
        {
            var contact = await directory.FindContactAsync(chair.AadObjectId, ct) ?? new PersonContact(new Person(chair.AadObjectId, chair.Name, string.Empty, chair.Seat.OrganisationId), chair.TeamsUserId);
            await ledger.SendOnceAsync($"term-notice|{key}", chair.AadObjectId, AfterCrash.SendAgain, async token =>
            {
                var chat = await messenger.OpenPersonalChatAsync(contact with { TeamsUserId = contact.TeamsUserId ?? chair.TeamsUserId }, tenant, token);
                await messenger.SendAsync(chat, Plain(text), token);
            }, ct);
        }

        if (manager is not null)
        {
            await ledger.SendOnceAsync($"term-notice|{key}", "community-manager", AfterCrash.SendAgain, async token =>
            {
                var target = manager.Conversation ?? await messenger.OpenPersonalChatAsync(manager.Person, tenant, token);
                await messenger.SendAsync(target, Plain(text), token);
            }, ct);
        }
    }

    private static Activity Plain(string text)
    {
        var activity = Activity.CreateMessageActivity(text);
        activity.TextFormat = "plain";
        return activity;
    }
}
