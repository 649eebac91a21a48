namespace CoopBot.Jobs.Contracts;

/// <summary>A durable unit of background work. The key makes scheduling idempotent: the same key and time is stored once.</summary>
public sealed record JobItem(string Type, string Key, DateTimeOffset DueAt, string? Payload, int Attempt);

/// <summary>What a handler reports back to the worker.</summary>
public abstract record JobResult
{
    public static JobResult Done { get; } = new DoneResult();

    public static JobResult RunAgainAt(DateTimeOffset when) => new RescheduleResult(when);

    public sealed record DoneResult : JobResult;

    public sealed record RescheduleResult(DateTimeOffset When) : JobResult;
}

/// <summary>Runs one job type. Handlers must be idempotent: a job may run again after a crash or lease expiry.</summary>
public interface IJobHandler
{
    string JobType { get; }

    Task<JobResult> RunAsync(JobItem job, CancellationToken ct);
}

/// <summary>Schedules durable jobs. Scheduling the same type, key and time twice stores it once.</summary>
public interface IJobScheduler
{
    Task ScheduleAsync(string type, string key, DateTimeOffset dueAt, string? payload, CancellationToken ct);
}
