using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Storage;

namespace CoopBot.Decisions;

/// <summary>
/// The read side other features use for single decisions (<see cref="IDecisionReader"/>): polls, comments and history
/// straight from <see cref="DecisionStore"/>; the viewer's counts and visibility from the same view the cards are built
/// from, so the tab and the cards never disagree on what a viewer may see.
/// </summary>
internal sealed class DecisionReader(DecisionStore store, DecisionService decisions, IEnumerable<IDecisionVisibility> visibility) : IDecisionReader
{
    public async Task<DecisionPlacement?> FindAsync(string pollId, CancellationToken ct) =>
        await FindPollAsync(pollId, ct) is { } poll
            ? new DecisionPlacement(poll.Id, poll.SteeringGroupId, poll.Definition.Title, poll.Reference, poll.Confidential, poll.Card)
            : null;

    public async Task<DecisionDetail?> GetDetailAsync(string pollId, string viewerAadObjectId, string viewerName, CancellationToken ct)
    {
        if (await decisions.GetViewAsync(pollId, new Actor(viewerAadObjectId, viewerName, null), ct) is not { } view)
        {
            return null;
        }

        var poll = view.Poll;
        var definition = poll.Definition;
        return new DecisionDetail(
            poll.Id,
            poll.SteeringGroupId,
            poll.Reference,
            definition,
            poll.CreatedAt,
            poll.CreatedByName,
            poll.State.ClosedAt ?? poll.State.ClosesAt,
            poll.Confidential,
            view.DetailsHidden,
            view.Tally,
            DecisionCards.ResultsVisible(view),
            DecisionTexts.ResultsVisibilityText(definition.Settings.ResultsVisibility),
            poll.Result is null ? null : DecisionTexts.OutcomeSummary(definition, view.Tally),
            poll.OutcomeStatement);
    }

    public async Task<bool> CanSeeDetailsAsync(string pollId, string? viewerAadObjectId, DateTimeOffset now, CancellationToken ct)
    {
        if (await FindPollAsync(pollId, ct) is not { } poll)
        {
            return false;
        }

        foreach (var gate in visibility)
        {
            if (!await gate.CanSeeDetailsAsync(poll.ToSummary(), viewerAadObjectId, now, ct))
            {
                return false;
            }
        }

        return true;
    }

    public async Task<IReadOnlyList<DecisionComment>> GetCommentsAsync(string pollId, CancellationToken ct) =>
        (await store.GetCommentsAsync(pollId, ct)).Select(c => new DecisionComment(c.AuthorName, c.At, c.Text)).ToList();

    public async Task<IReadOnlyList<DecisionAuditEntry>> GetHistoryAsync(string pollId, CancellationToken ct) =>
        (await store.GetHistoryAsync(pollId, ct)).Select(e => new DecisionAuditEntry(e.At, e.Type, e.Actor)).ToList();

    private async Task<PollRecord?> FindPollAsync(string pollId, CancellationToken ct) =>
        TableKey.IsValid(pollId) && await store.GetAsync(pollId, ct) is { } found ? found.Poll : null;
}
