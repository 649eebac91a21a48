namespace CoopBot.Jobs.Contracts;

/// <summary>Section "Jobs".</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary>How often an instance looks for due work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claimed job is reserved for the instance that claimed it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts before a failing job is parked (kept, never deleted, for inspection).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the first retry of a failed job; each further retry waits twice as long.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between two attempts of a failed job.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Set false to run a host without background work (e.g. the CLI).</summary>
    public bool Enabled { get; set; } = true;
}
