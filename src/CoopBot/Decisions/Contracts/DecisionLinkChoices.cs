using Azure.Data.Tables;
using CoopBot.Domain.Decisions;
using CoopBot.Storage;
using DecisionEntities = CoopBot.Decisions.DecisionEntities;

namespace CoopBot.Decisions.Contracts;

/// <summary>One decision a form offers to link: its id (the value) and "reference · title" (what a person sees).</summary>
public sealed record DecisionChoice(string Id, string Label, bool IsOpen);

/// <summary>
/// The decisions of one stuurgroep that forms offer as a choice (issue 16 §4: never ask for an id nobody sees). One query
/// over the poll rows (RowKey "~poll", like <see cref="DecisionOpenVotes"/>), newest first. The form's answer is still
/// checked on submit: a value that is not one of these (a forged one) is refused there.
/// </summary>
internal sealed class DecisionLinkChoices(ITableClientProvider tables)
{
    /// <summary>Most open decisions offered on the agenda point form (one list).</summary>
    public const int MaxOpenChoices = 20;

    /// <summary>Most recent decisions per agenda point on the verslag form: twelve points of eight stay under the card size limit.</summary>
    public const int MaxRecentChoices = 8;

    private const int TitleLength = 50;

    /// <summary>The stuurgroep's decisions, newest first: open ones and the most recent others.</summary>
    public async Task<IReadOnlyList<DecisionChoice>> ForAsync(string steeringGroupId, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(DecisionEntities.TableName, ct);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {DecisionEntities.PollRowKey} and SteeringGroupId eq {steeringGroupId}");
        var rows = new List<(DateTimeOffset CreatedAt, DecisionChoice Choice)>();
        await foreach (var poll in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "Title", "Reference", "Status", "CreatedAt"], cancellationToken: ct))
        {
            var title = Cards.CardText.Truncate(poll.GetString("Title") ?? poll.PartitionKey, TitleLength);
            var label = poll.GetString("Reference") is { } reference ? $"{reference} · {title}" : title;
            var open = poll.GetString("Status") == nameof(PollStatus.Open);
            rows.Add((poll.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue, new DecisionChoice(poll.PartitionKey, label, open)));
        }

        return rows.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Choice.Id, StringComparer.Ordinal).Select(r => r.Choice).ToList();
    }

    /// <summary>Open proposals, polls and statements of the stuurgroep (the agenda point form).</summary>
    public static IReadOnlyList<DecisionChoice> Open(IReadOnlyList<DecisionChoice> all) => all.Where(c => c.IsOpen).Take(MaxOpenChoices).ToList();

    /// <summary>The most recent decisions, open or decided (the verslag form).</summary>
    public static IReadOnlyList<DecisionChoice> Recent(IReadOnlyList<DecisionChoice> all) => all.Take(MaxRecentChoices).ToList();
}
