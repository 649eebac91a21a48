using CoopBot.Common;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Common;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Decisions;

/// <summary>The chair's actions from the per-user view. Authorisation is re-checked by the service on every action.</summary>
internal sealed partial class DecisionHandlers
{
    public Task<InvokeResponse> CloseAsync(TurnContext turn, StatementAction data, CancellationToken ct) =>
        ChairActionAsync(turn, data.PollId, DecisionTexts.ClosedCounting, async pollId =>
        {
            var closed = await lifecycle.CloseAsync(pollId, turn.Actor(), data.Statement, turn.ActivityKey(), ct);
            if (closed.IsSuccess)
            {
                logger.DecisionClosed(pollId);
            }

            return closed;
        }, ct);

    public Task<InvokeResponse> ExtendAsync(TurnContext turn, DeadlineAction data, CancellationToken ct) =>
        ChairActionAsync(turn, data.PollId, DecisionTexts.Extended, pollId => data.Closing is { } closing
            ? lifecycle.ExtendAsync(pollId, turn.Actor(), closing.ToUtc(decisions.TimeZone), turn.ActivityKey(), ct)
            : Task.FromResult(Result<PollRecord>.Fail(DecisionTexts.InvalidClosingTime)), ct);

    public Task<InvokeResponse> ReopenAsync(TurnContext turn, DeadlineAction data, CancellationToken ct) =>
        ChairActionAsync(turn, data.PollId, DecisionTexts.Reopened, pollId => data.Closing is { } closing
            ? lifecycle.ReopenAsync(pollId, turn.Actor(), closing.ToUtc(decisions.TimeZone), turn.ActivityKey(), ct)
            : Task.FromResult(Result<PollRecord>.Fail(DecisionTexts.InvalidClosingTime)), ct);

    public async Task<InvokeResponse> OutcomeAsync(TurnContext turn, StatementAction data, CancellationToken ct)
    {
        var response = await ChairActionAsync(turn, data.PollId, DecisionTexts.StatementSaved, pollId => lifecycle.SetOutcomeStatementAsync(pollId, turn.Actor(), data.Statement, turn.ActivityKey(), ct), ct);
        if ((await decisions.FindAsync(data.PollId, ct)) is { Result: not null, Card: { } location, OutcomeStatement: { } statement, Confidential: false } && response.Status == 200)
        {
            await messenger.ReplyAsync(location, DecisionTexts.StatementPosted(statement), ct);
        }

        return response;
    }

    public async Task<InvokeResponse> RemindAsync(TurnContext turn, PollAction data, CancellationToken ct)
    {
        var reminder = await reminders.RemindManuallyAsync(data.PollId, turn.Actor(), turn.ActivityKey(), ct);
        if (reminder.IsSuccess)
        {
            await messenger.SendReminderAsync(ledger, reminder.Value, $"reminder|{turn.ActivityKey()}", decisions.TimeZone, ct);
        }

        return await ViewerResponseAsync(turn, data.PollId, reminder.IsSuccess ? DecisionTexts.Reminded : null, reminder.Rejection, ct);
    }

    private async Task<InvokeResponse> ChairActionAsync(
        TurnContext turn, string pollId, string notice, Func<string, Task<Result<PollRecord>>> action, CancellationToken ct)
    {
        var result = await action(pollId);
        if (result.IsSuccess)
        {
            await cards.UpdateNowAsync(pollId, ct);
        }

        return await ViewerResponseAsync(turn, pollId, result.IsSuccess ? notice : null, result.Rejection, ct);
    }
}
