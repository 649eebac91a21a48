using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions.Contracts;

/// <summary>Reads the besluitenregister (one table, a partition per stuurgroep, newest first).</summary>
internal interface IDecisionRegisterReader
{
    /// <summary>The local time zone the register is dated in (year windows, dates on pages and cards).</summary>
    TimeZoneInfo TimeZone { get; }

    /// <summary>Every row in the scope, newest first per stuurgroep; all stuurgroepen when none is given.</summary>
    Task<IReadOnlyList<RegisterRow>> AllAsync(string? steeringGroupId, RegisterScope scope, CancellationToken ct);

    /// <summary>
    /// One stuurgroep's rows created in [<paramref name="from"/>, <paramref name="to"/>), newest first, streamed page by page,
    /// of every scope: the caller applies its scope. <paramref name="narrowing"/> is a pre-selection only.
    /// </summary>
    IAsyncEnumerable<RegisterRow> StreamAsync(
        string steeringGroupId, DateTimeOffset? from, DateTimeOffset? to, int pageSize, RegisterNarrowing? narrowing, CancellationToken ct);
}

/// <summary>Records an item another feature owns (a submitted proposal) in the register; re-recording replaces its row.</summary>
public interface IDecisionRegisterWriter
{
    Task RecordAsync(RegisterRow row, CancellationToken ct);
}

/// <summary>Reads single decisions for other features, with the decisions feature's own visibility rules.</summary>
public interface IDecisionReader
{
    /// <summary>The decision, or null when the id is unknown or not a valid key.</summary>
    Task<DecisionPlacement?> FindAsync(string pollId, CancellationToken ct);

    /// <summary>The decision as this viewer sees it (fresh counts), or null when it does not exist.</summary>
    Task<DecisionDetail?> GetDetailAsync(string pollId, string viewerAadObjectId, string viewerName, CancellationToken ct);

    /// <summary>Whether every visibility gate lets the viewer see the decision's details; false for an unknown decision.</summary>
    Task<bool> CanSeeDetailsAsync(string pollId, string? viewerAadObjectId, DateTimeOffset now, CancellationToken ct);

    Task<IReadOnlyList<DecisionComment>> GetCommentsAsync(string pollId, CancellationToken ct);

    /// <summary>The audit trail in stored order.</summary>
    Task<IReadOnlyList<DecisionAuditEntry>> GetHistoryAsync(string pollId, CancellationToken ct);
}
