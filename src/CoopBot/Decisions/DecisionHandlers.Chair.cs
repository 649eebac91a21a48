using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Protocol.Hosting;
using CoopBot.Protocol.Schema;

namespace CoopBot.Decisions;

/// <summary>The chair's actions from the per-user view. Authorisation is re-checked by the service on every action.</summary>
internal sealed partial class DecisionHandlers
{
    public Task<InvokeResponse> CloseAsync(TurnContext turn, PollActionData data, CancellationToken ct) =>
        ChairActionAsync(turn, data, DecisionTexts.ClosedCounting, pollId => lifecycle.CloseAsync(pollId, turn.Actor(), data.Statement, turn.ActivityKey(), ct), ct);

    public Task<InvokeResponse> ExtendAsync(TurnContext turn, PollActionData data, CancellationToken ct) =>
        ChairActionAsync(turn, data, DecisionTexts.Extended, pollId => TryParseClosing(data.ClosesDate, data.ClosesTime, out var at)
            ? lifecycle.ExtendAsync(pollId, turn.Actor(), at, turn.ActivityKey(), ct)
            : Task.FromResult(Result<PollRecord>.Fail(DecisionTexts.InvalidClosingTime)), ct);

    public Task<InvokeResponse> ReopenAsync(TurnContext turn, PollActionData data, CancellationToken ct) =>
        ChairActionAsync(turn, data, DecisionTexts.Reopened, pollId => TryParseClosing(data.ClosesDate, data.ClosesTime, out var at)
            ? lifecycle.ReopenAsync(pollId, turn.Actor(), at, turn.ActivityKey(), ct)
            : Task.FromResult(Result<PollRecord>.Fail(DecisionTexts.InvalidClosingTime)), ct);

    public async Task<InvokeResponse> OutcomeAsync(TurnContext turn, PollActionData data, CancellationToken ct)
    {
        var response = await ChairActionAsync(turn, data, DecisionTexts.StatementSaved, pollId => lifecycle.SetOutcomeStatementAsync(pollId, turn.Actor(), data.Statement, turn.ActivityKey(), ct), ct);
        if ((await decisions.FindAsync(data.PollId ?? string.Empty, ct)) is { Result: not null, Card: { } location, OutcomeStatement: { } statement, Confidential: false } && response.Status == 200)
        {
            await messenger.ReplyAsync(location, $"Toelichting bij de uitkomst: {statement}", ct);
        }

        return response;
    }

    public async Task<InvokeResponse> RemindAsync(TurnContext turn, PollActionData data, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(data.PollId))
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(DecisionTexts.PollNotFound.Message);
        }

        var reminder = await reminders.RemindManuallyAsync(data.PollId, turn.Actor(), turn.ActivityKey(), ct);
        if (reminder.IsSuccess)
        {
            await messenger.SendReminderAsync(ledger, reminder.Value, $"reminder|{turn.ActivityKey()}", decisions.TimeZone, ct);
        }

        return await ViewerResponseAsync(turn, data.PollId, reminder.IsSuccess ? DecisionTexts.Reminded : null, reminder.Rejection, ct);
    }

    private async Task<InvokeResponse> ChairActionAsync(
        TurnContext turn, PollActionData data, string notice, Func<string, Task<Result<PollRecord>>> action, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(data.PollId))
        {
            return AdaptiveCardInvokeResponseFactory.BadRequest(DecisionTexts.PollNotFound.Message);
        }

        var result = await action(data.PollId);
        if (result.IsSuccess)
        {
            await cards.UpdateNowAsync(data.PollId, ct);
        }

        return await ViewerResponseAsync(turn, data.PollId, result.IsSuccess ? notice : null, result.Rejection, ct);
    }
}
