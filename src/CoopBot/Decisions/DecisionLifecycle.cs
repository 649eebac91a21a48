using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Registry.Contracts;

namespace CoopBot.Decisions;

/// <summary>The chair's actions: close (with an optional outcome statement), extend, reopen, and a later outcome statement.</summary>
internal sealed class DecisionLifecycle(
    DecisionPolls polls,
    DecisionRegisterRecorder register,
    DecisionDeadlines deadlines,
    IVoterEligibility eligibility,
    IEnumerable<IDecisionReopenHook> reopenHooks,
    TimeProvider clock)
{
    public async Task<Result<PollRecord>> CloseAsync(string pollId, Actor actor, string? statement, string activityKey, CancellationToken ct)
    {
        var checkedStatement = CommentRules.ValidateOutcomeStatement(statement);
        if (!checkedStatement.IsSuccess)
        {
            return checkedStatement.Rejection;
        }

        var now = clock.GetUtcNow();
        var closed = await ManageAsync(pollId, actor, AuditEventTypes.Closed, activityKey, DecisionTexts.OnlyManagersMayClose, poll =>
        {
            var next = PollLifecycle.Close(poll.State, now);
            return next.IsSuccess
                ? Result<PollRecord>.Success(poll with { State = next.Value, OutcomeStatement = checkedStatement.Value ?? poll.OutcomeStatement })
                : Result<PollRecord>.Fail(next.Rejection);
        }, ct);
        if (closed.IsSuccess)
        {
            await deadlines.ScheduleCountAsync(pollId, now, ct);
        }

        return closed;
    }

    public async Task<Result<PollRecord>> ExtendAsync(string pollId, Actor actor, DateTimeOffset newClosesAt, string activityKey, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var extended = await ManageAsync(pollId, actor, AuditEventTypes.Extended, activityKey, DecisionTexts.OnlyManagersMayManage, poll =>
        {
            var next = PollLifecycle.Extend(poll.State, newClosesAt, now);
            return next.IsSuccess ? Result<PollRecord>.Success(poll with { State = next.Value }) : Result<PollRecord>.Fail(next.Rejection);
        }, ct);
        if (extended.IsSuccess)
        {
            await deadlines.ScheduleAsync(extended.Value, ct);
        }

        return extended;
    }

    /// <summary>Reopens a closed decision (never an anonymous one: its voter-choice link is gone). A new count follows at the new deadline.</summary>
    public async Task<Result<PollRecord>> ReopenAsync(string pollId, Actor actor, DateTimeOffset newClosesAt, string activityKey, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var reopened = await ManageAsync(
            pollId,
            actor,
            AuditEventTypes.Reopened,
            activityKey,
            DecisionTexts.OnlyManagersMayManage,
            poll =>
            {
                var next = PollLifecycle.Reopen(poll.State, poll.Definition.Settings, newClosesAt, now);
                return next.IsSuccess
                    ? Result<PollRecord>.Success(poll with { State = next.Value, Result = null, AnnouncedAt = null })
                    : Result<PollRecord>.Fail(next.Rejection);
            },
            ct,
            precondition: async poll =>
            {
                foreach (var hook in reopenHooks)
                {
                    if (await hook.CanReopenAsync(poll.ToSummary(), ct) is { } refused)
                    {
                        return refused;
                    }
                }

                return null;
            });
        if (reopened.IsSuccess)
        {
            // After the poll row: a retried activity repeats this idempotent step if the first delivery stopped here.
            foreach (var hook in reopenHooks)
            {
                await hook.OnReopenedAsync(reopened.Value.ToSummary(), actor, activityKey, ct);
            }

            await deadlines.ScheduleAsync(reopened.Value, ct);
        }

        return reopened;
    }

    /// <summary>The chair's statement about the outcome, once the decision is closed.</summary>
    public async Task<Result<PollRecord>> SetOutcomeStatementAsync(string pollId, Actor actor, string? statement, string activityKey, CancellationToken ct)
    {
        var checkedStatement = CommentRules.ValidateOutcomeStatement(statement);
        if (!checkedStatement.IsSuccess)
        {
            return checkedStatement.Rejection;
        }

        if (checkedStatement.Value is null)
        {
            return DecisionTexts.StatementEmpty;
        }

        var now = clock.GetUtcNow();
        var updated = await ManageAsync(pollId, actor, AuditEventTypes.OutcomeStatement, activityKey, DecisionTexts.OnlyManagersMayManage, poll =>
            poll.State.IsClosedAt(now)
                ? Result<PollRecord>.Success(poll with { OutcomeStatement = checkedStatement.Value })
                : Result<PollRecord>.Fail(DecisionTexts.StatementOnlyAfterClose), ct);
        if (updated is { IsSuccess: true, Value.Result: not null })
        {
            await register.RecordAsync(updated.Value, ct);
        }

        return updated;
    }

    /// <summary>Authorises the actor as a manager of the decision's stuurgroep, then applies the change under the poll's ETag.</summary>
    private async Task<Result<PollRecord>> ManageAsync(
        string pollId,
        Actor actor,
        string eventType,
        string activityKey,
        Rejection notAllowed,
        Func<PollRecord, Result<PollRecord>> change,
        CancellationToken ct,
        Func<PollRecord, Task<Rejection?>>? precondition = null)
    {
        var poll = await polls.GetAsync(pollId, cached: false, ct);
        if (poll is null)
        {
            return DecisionTexts.PollNotFound;
        }

        if (!await eligibility.CanManageDecisionsAsync(poll.SteeringGroupId, actor.AadObjectId, clock.GetUtcNow(), ct))
        {
            return notAllowed;
        }

        if (precondition is not null && await precondition(poll) is { } refused)
        {
            return refused;
        }

        Rejection? rejection = null;
        var changed = await polls.MutateAsync(pollId, eventType, actor.AadObjectId!, activityKey, current =>
        {
            var next = change(current);
            rejection = next.Rejection;
            return next;
        }, ct);
        return changed is null ? rejection ?? DecisionTexts.PollNotFound : changed;
    }
}
