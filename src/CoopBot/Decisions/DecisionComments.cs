using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;

namespace CoopBot.Decisions;

/// <summary>Reacties on a decision: validated, never on a confidential one, stored once per activity with their audit event.</summary>
internal sealed class DecisionComments(DecisionStore store, DecisionPolls polls, TimeProvider clock)
{
    public async Task<Result<CommentRecord>> CommentAsync(string pollId, Actor actor, string? text, string activityKey, CancellationToken ct)
    {
        var checkedText = CommentRules.ValidateComment(text);
        if (!checkedText.IsSuccess)
        {
            return checkedText.Rejection;
        }

        if (actor.AadObjectId is null)
        {
            return DecisionTexts.UnknownUser;
        }

        var poll = await polls.GetAsync(pollId, cached: true, ct);
        if (poll is null)
        {
            return DecisionTexts.PollNotFound;
        }

        if (poll.Confidential)
        {
            return DecisionTexts.NoCommentsOnConfidential;
        }

        var now = clock.GetUtcNow();
        var comment = new CommentRecord(activityKey, actor.AadObjectId, actor.Name, checkedText.Value, now);
        var evt = new AuditEvent($"{AuditEventTypes.Comment}|{activityKey}", AuditEventTypes.Comment, actor.AadObjectId, now, null, null, checkedText.Value);
        if (await store.AddCommentAsync(poll.Id, comment, evt, ct))
        {
            return comment;
        }

        // A redelivery: the stored comment, so the handler can still post it if the first delivery's post failed.
        return (await store.GetCommentsAsync(poll.Id, ct)).FirstOrDefault(c => c.Key == activityKey) is { } stored ? stored : DecisionTexts.CommentAlreadyPosted;
    }
}
