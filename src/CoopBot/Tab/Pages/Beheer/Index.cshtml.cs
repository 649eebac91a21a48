using CoopBot.Registry.Contracts;
using System.Globalization;
using CoopBot.Budget.Contracts;
using CoopBot.Common;
using CoopBot.FaqChat.Contracts;
using CoopBot.Registry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoopBot.Tab.Pages;

/// <summary>
/// Community manager only (the folder's policy; checked on every request): registry CSV with the CLI's validation and a
/// preview, the deelbegroting, seats, FAQ phrasings, the ticket queue. Every change is written to <see cref="TabAuditLog"/>.
/// </summary>
internal sealed class BeheerModel(
    TabViewerAccessor viewers, IMembershipDirectory directory, IRegistryImport import, IBudgets budgets, IFaqTickets tickets, TabAuditLog audit,
    TabSeatEditor seatEditor, IFaqPhrasings phrasings, TimeProvider clock) : PageModel
{
    private const long MaxCsvBytes = 1_048_576;

    public IReadOnlyList<SteeringGroup> Groups { get; private set; } = [];

    public IReadOnlyList<TicketSummary> Tickets { get; private set; } = [];

    public IReadOnlyList<TabAuditEvent> Audit { get; private set; } = [];

    internal ImportReport? Preview { get; private set; }

    public string? Csv { get; private set; }

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public int Year { get; private set; }

    /// <summary>Every seat whose term has not ended, for the seat form's chooser.</summary>
    public IReadOnlyList<(SteeringGroup Group, MemberSeat Member)> Seats { get; private set; } = [];

    /// <summary>The seat in the edit form (chosen with <c>?zitje=stuurgroep|persoon</c>), with the values typed when refused.</summary>
    public MemberSeat? SeatToEdit { get; private set; }

    public IReadOnlyList<string> SeatProblems { get; private set; } = [];

    public (string Role, string Start, string End, string Ratified)? SeatInput { get; private set; }

    public string SeatDescription(MemberSeat member) => seatEditor.Describe(member);

    /// <summary>The FAQ questions a phrasing can be added to.</summary>
    public IReadOnlyList<FaqEntryChoice> FaqEntries => phrasings.Entries;

    public int FaqMaxLength => phrasings.MaxLength;

    /// <summary>The phrasing form's key: new on every render, kept after a refusal; a repeated post with it is one change.</summary>
    public Guid FaqFormKey { get; private set; } = Guid.NewGuid();

    /// <summary>What was typed in the phrasing form when it was refused, shown again.</summary>
    public (string? EntryId, string? Text) FaqInput { get; private set; }

    /// <summary>
    /// "FAQ-formulering toevoegen": the ticket button's write (same validation and refusals, the phrasing row records who),
    /// keyed by the form's key so a double submit stores and audits once.
    /// </summary>
    public async Task<IActionResult> OnPostFaqAsync(string? vraag, string? formulering, string? sleutel, CancellationToken ct)
    {
        if (!Guid.TryParse(sleutel, out var key))
        {
            FaqInput = (vraag, formulering);
            return await ShowAsync(TabTexts.FaqFormIncomplete, failed: true, ct);
        }

        var viewer = (await viewers.GetAsync(ct))!;
        var added = await phrasings.AddAsync(formulering, vraag, new Actor(viewer.Id, viewer.Person.Name, null), $"tab|{key:N}", ct);
        if (!added.IsSuccess)
        {
            FaqInput = (vraag, formulering);
            FaqFormKey = key;
            return await ShowAsync(added.Rejection.Message, failed: true, ct);
        }

        var phrasing = added.Value;
        await audit.AppendOnceAsync(new TabAuditEvent("faq-formulering", viewer.Id, viewer.Person.Name, phrasing.AddedAt, null, $"{phrasing.EntryId}: {phrasing.Text}"), key.ToString("N"), ct);
        return await ShowAsync(TabTexts.FaqPhrasingAdded(phrasing.Question), failed: false, ct);
    }

    public async Task OnGetAsync(string? zitje, CancellationToken ct)
    {
        await LoadAsync(ct);
        SeatToEdit = Seats.Select(s => s.Member).FirstOrDefault(m => Key(m) == zitje);
    }

    public async Task<IActionResult> OnPostZitjeAsync(string? stuurgroep, string? persoon, string? rol, string? start, string? einde, string? bekrachtigd, CancellationToken ct)
    {
        var edit = await seatEditor.EditAsync(stuurgroep, persoon, rol, start, einde, bekrachtigd, ct);
        if (!edit.Applied)
        {
            SeatProblems = edit.Problems;
            SeatInput = (rol ?? string.Empty, start ?? string.Empty, einde ?? string.Empty, bekrachtigd ?? string.Empty);
            await ShowAsync(TabTexts.SeatRefused(edit.Problems.Count), failed: true, ct);
            SeatToEdit = edit.Before;
            return Page();
        }

        await AuditAsync("zitje", seatEditor.Describe(edit.Before!), seatEditor.Describe(edit.After!), ct);
        await ShowAsync(TabTexts.SeatSaved, failed: false, ct);
        SeatToEdit = edit.After;
        return Page();
    }

    public static string Key(MemberSeat member) => $"{member.Seat.SteeringGroupId}|{member.AadObjectId}";

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
        var seats = new List<(SteeringGroup, MemberSeat)>();
        foreach (var group in Groups)
        {
            seats.AddRange((await directory.GetSeatsAsync(group.Id, ct)).Where(s => now < s.Seat.TermEnd).OrderBy(s => s.Name, StringComparer.CurrentCulture).Select(s => (group, s)));
        }

        Seats = seats;
    }
}
