namespace CoopBot.Domain.Faq;

/// <summary>Where a question for the community manager stands (issue 5: open → opgenomen → beantwoord, and reopen).</summary>
public enum TicketStatus
{
    /// <summary>Waiting for the community manager ("open").</summary>
    Open,

    /// <summary>Taken by the community manager ("opgenomen").</summary>
    Taken,

    /// <summary>Answered; the asker got the answer ("beantwoord").</summary>
    Answered,
}

/// <summary>The mutable part of a ticket. Every transition in <see cref="TicketLifecycle"/> returns a new state or a rejection.</summary>
/// <param name="Status">The lifecycle status.</param>
/// <param name="AssigneeId">AAD object id of the person who took the ticket; null while open.</param>
/// <param name="AssigneeName">Display name of that person.</param>
/// <param name="Answer">The answer text once answered (kept after a reopen, so the next answer can build on it).</param>
/// <param name="AnsweredAt">When it was last answered.</param>
public sealed record TicketState(TicketStatus Status, string? AssigneeId, string? AssigneeName, string? Answer, DateTimeOffset? AnsweredAt)
{
    /// <summary>A new ticket: open, nobody assigned.</summary>
    public static TicketState New { get; } = new(TicketStatus.Open, null, null, null, null);
}
