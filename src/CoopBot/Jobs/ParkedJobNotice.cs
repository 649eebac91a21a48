using CoopBot.Common;
using CoopBot.Protocol.Schema;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;

using CoopBot.Jobs.Contracts;

namespace CoopBot.Jobs;

/// <summary>Told when a job failed its last attempt and is parked (kept for inspection, never run again by itself).</summary>
public interface IJobParkedNotice
{
    Task NotifyAsync(JobItem job, Exception lastError, CancellationToken ct);
}

/// <summary>The community manager gets one Dutch message per parked job (sent through the delivery ledger).</summary>
internal sealed class ParkedJobNotice(IMembershipDirectory directory, ProactiveMessenger messenger, DeliveryLedger ledger) : IJobParkedNotice
{
    public async Task NotifyAsync(JobItem job, Exception lastError, CancellationToken ct)
    {
        if (await directory.GetCommunityManagerAsync(ct) is not { } manager)
        {
            return;
        }

        var activity = Activity.CreateMessageActivity(JobTexts.Parked(job));
        activity.TextFormat = "plain";
        await ledger.SendOnceAsync($"parked|{job.Type}|{job.Key}", job.DueAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), AfterCrash.SendAgain, async token =>
        {
            var target = manager.Conversation ?? await messenger.OpenPersonalChatAsync(manager.Person, null, token);
            await messenger.SendAsync(target, activity, token);
        }, ct);
    }
}
