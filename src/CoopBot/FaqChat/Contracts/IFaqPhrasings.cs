using CoopBot.Common;
using CoopBot.Domain.Common;

namespace CoopBot.FaqChat.Contracts;

/// <summary>
/// What the tab's Beheer page may do with the FAQ's phrasings: list the questions to choose from and add a new way of
/// asking one of them. The write is the ticket button's and the CLI's (same validation, same Dutch refusals, same store).
/// </summary>
public interface IFaqPhrasings
{
    /// <summary>The FAQ questions a phrasing can be added to, in knowledge-base order.</summary>
    IReadOnlyList<FaqEntryChoice> Entries { get; }

    /// <summary>The longest phrasing accepted: the longest question the FAQ answers in chat.</summary>
    int MaxLength { get; }

    /// <summary>
    /// Adds <paramref name="text"/> as a phrasing of <paramref name="entryId"/> for <paramref name="actor"/> (the community
    /// manager, checked against the registry). <paramref name="requestKey"/> makes a repeated request one effect: the same
    /// key finds its own earlier write and succeeds again without a second row.
    /// </summary>
    Task<Result<AddedPhrasing>> AddAsync(string? text, string? entryId, Actor actor, string requestKey, CancellationToken ct);
}

/// <summary>One FAQ question to choose from.</summary>
public sealed record FaqEntryChoice(string Id, string Question);

/// <summary>
/// The stored phrasing: the question it now belongs to, and when it was stored (the first time, also when a repeated
/// request found it), so a caller can key its own audit line on it.
/// </summary>
public sealed record AddedPhrasing(string EntryId, string Question, string Text, DateTimeOffset AddedAt);
