using Azure.Data.Tables;
using CoopBot.Decisions.Contracts;
using CoopBot.Domain.Decisions;
using CoopBot.Registry;
using CoopBot.Storage;

namespace CoopBot.Decisions;

/// <summary>
/// Open polls of a stuurgroep without the voter's ballot: one query over the poll rows (RowKey "~poll"), then one point
/// read per open poll for the ballot (RowKey = voter id). Consultations are left out (one ballot per organisation). Stuurgroepen have few open polls at a time, so this stays small.
/// </summary>
internal sealed class DecisionOpenVotes(ITableClientProvider tables) : IOpenVotes
{
    public async Task<IReadOnlyList<OpenVoteItem>> FindWithoutBallotAsync(string steeringGroupId, string voterAadObjectId, DateTimeOffset now, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(DecisionEntities.TableName, ct);
        var filter = TableClient.CreateQueryFilter(
            $"RowKey eq {DecisionEntities.PollRowKey} and SteeringGroupId eq {steeringGroupId} and Status eq {nameof(PollStatus.Open)}");
        var open = new List<OpenVoteItem>();
        await foreach (var poll in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "Title", "ClosesAt", "Settings"], cancellationToken: ct))
        {
            var closesAt = poll.GetDateTimeOffset("ClosesAt") ?? DateTimeOffset.MinValue;
            // A consultation's ballot belongs to the organisation, not the person: it is not a personal open vote here.
            if (closesAt > now && !DecisionEntities.IsConsultation(poll) && await table.GetEntityOrNullAsync(poll.PartitionKey, voterAadObjectId, ["RowKey"], ct) is null)
            {
                open.Add(new OpenVoteItem(poll.PartitionKey, steeringGroupId, poll.GetString("Title") ?? poll.PartitionKey, closesAt));
            }
        }

        return open.OrderBy(v => v.ClosesAt).ToList();
    }
}
