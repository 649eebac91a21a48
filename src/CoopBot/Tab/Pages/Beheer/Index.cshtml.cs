using CoopBot.Registry.Contracts;
using System.Globalization;
using CoopBot.Budget;
using CoopBot.Faq;
using CoopBot.Registry;
using CoopBot.Registry.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopBot.Tab.Pages;

/// <summary>
/// Community manager only (the folder's policy; checked on every request): registry CSV with the CLI's validation and a
/// preview, the deelbegroting, the ticket queue. Every change is written to <see cref="TabAuditLog"/>.
/// </summary>
internal sealed class BeheerModel(
    TabViewerAccessor viewers, IMembershipDirectory directory, RegistryImport import, BudgetService budgets, TicketService tickets, TabAuditLog audit,
    TimeProvider clock) : PageModel
{
    private const long MaxCsvBytes = 1_048_576;

    public IReadOnlyList<SteeringGroup> Groups { get; private set; } = [];

    internal IReadOnlyList<TicketRecord> Tickets { get; private set; } = [];

    public IReadOnlyList<TabAuditEvent> Audit { get; private set; } = [];

    internal ImportReport? Preview { get; private set; }

    public string? Csv { get; private set; }

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public int Year { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostControlerenAsync(IFormFile? bestand, CancellationToken ct)
    {
        if (bestand is null || bestand.Length == 0)
        {
            return await ShowAsync(TabTexts.CsvNeeded, failed: true, ct);
        }

        if (bestand.Length > MaxCsvBytes)
        {
            return await ShowAsync(TabTexts.CsvTooLarge, failed: true, ct);
        }

        using var reader = new StreamReader(bestand.OpenReadStream());
        Csv = await reader.ReadToEndAsync(ct);
        Preview = await import.ImportAsync(Csv, ct, write: false);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImporterenAsync(string? csv, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(csv) || csv.Length > MaxCsvBytes)
        {
            return await ShowAsync(TabTexts.CsvNeeded, failed: true, ct);
        }

        // Checked again: the registry may have changed since the preview.
        var report = await import.ImportAsync(csv, ct);
        if (!report.Applied)
        {
            Preview = report;
            Csv = csv;
            return await ShowAsync(TabTexts.ImportRefused(report.Errors.Count, report.Rows, report.Kind), failed: true, ct);
        }

        await AuditAsync("register-import", null, $"{report.Rows} {report.Kind}", ct);
        return await ShowAsync(TabTexts.ImportApplied(report.Rows, report.Kind), failed: false, ct);
    }

    public async Task<IActionResult> OnPostBegrotingAsync(string? stuurgroep, string? jaar, string? bedrag, CancellationToken ct)
    {
        if (!int.TryParse(jaar, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            year = 0;
        }

        var before = string.IsNullOrWhiteSpace(stuurgroep) || year == 0 ? null : (await budgets.GetStatusAsync(stuurgroep, year, ct)).Budget;
        var set = await budgets.SetAsync(stuurgroep ?? string.Empty, year, bedrag, ct);
        if (!set.IsSuccess)
        {
            return await ShowAsync(set.Rejection.Message, failed: true, ct);
        }

        var budget = set.Value;
        await AuditAsync("deelbegroting", before is null ? null : $"{before.SteeringGroupId} {before.Year}: {before.Amount}", $"{budget.SteeringGroupId} {budget.Year}: {budget.Amount}", ct);
        return Redirect($"/tab/begroting?stuurgroep={Uri.EscapeDataString(budget.SteeringGroupId)}&jaar={budget.Year}");
    }

    private async Task AuditAsync(string type, string? before, string? after, CancellationToken ct)
    {
        var viewer = (await viewers.GetAsync(ct))!;
        await audit.AppendAsync(new TabAuditEvent(type, viewer.Id, viewer.Person.Name, clock.GetUtcNow(), before, after), ct);
    }

    private async Task<IActionResult> ShowAsync(string message, bool failed, CancellationToken ct)
    {
        Message = message;
        Failed = failed;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Year = budgets.YearOf(now);
        Groups = await directory.GetSteeringGroupsAsync(ct);
        Tickets = await tickets.ListAsync(ct);
        Audit = await audit.LatestAsync(now, 20, ct);
    }
}
