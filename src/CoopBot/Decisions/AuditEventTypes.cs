namespace CoopBot.Decisions;

/// <summary>The audit event types (issue 4: create, vote, change, comment, close, extend, reopen, remind).</summary>
public static class AuditEventTypes
{
    public const string Created = "created";

    /// <summary>A ballot write. Whether it was a first vote or a change follows from the order of the actor's vote events.</summary>
    public const string Vote = "vote";
    public const string Comment = "comment";
    public const string Closed = "closed";
    public const string Extended = "extended";
    public const string Reopened = "reopened";
    public const string Reminded = "reminded";
    public const string Finalized = "finalized";
    public const string OutcomeStatement = "outcome-statement";
    public const string Proxy = "proxy";
}
