using System.Globalization;
using Azure.Data.Tables;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Budget;
using CoopBot.Storage;

namespace CoopBot.Budget;

/// <summary>Table "Budgets": one partition per stuurgroep, one row per year (RowKey "2026"), set by the admin CLI.</summary>
internal sealed class BudgetStore(ITableClientProvider tables)
{
    public const string TableName = "Budgets";

    public async Task SetAsync(SubBudget budget, DateTimeOffset at, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var entity = new TableEntity(budget.SteeringGroupId, YearKey(budget.Year)) { ["AmountCents"] = budget.Amount.Cents, ["SetAt"] = at };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    public async Task<SubBudget?> GetAsync(string steeringGroupId, int year, CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var entity = await table.GetEntityOrNullAsync(steeringGroupId, YearKey(year), cancellationToken: ct);
        return entity is null ? null : ToBudget(entity);
    }

    public async Task<IReadOnlyList<SubBudget>> AllAsync(CancellationToken ct)
    {
        var table = await tables.GetTableAsync(TableName, ct);
        var budgets = new List<SubBudget>();
        await foreach (var entity in table.QueryAsync<TableEntity>(cancellationToken: ct))
        {
            budgets.Add(ToBudget(entity));
        }

        return budgets;
    }

    private static SubBudget ToBudget(TableEntity e) =>
        new(e.PartitionKey, int.Parse(e.RowKey, CultureInfo.InvariantCulture), Money.FromCents(e.GetInt64Widened("AmountCents") ?? 0));

    private static string YearKey(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
}
