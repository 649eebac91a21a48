using CoopBot.Domain.Amounts;
using CoopBot.Domain.Common;
using CoopBot.Domain.Decisions;
using CoopBot.Domain.Meetings;

namespace CoopBot.Meetings;

internal sealed partial class MeetingService
{
    public async Task<Result<MeetingRecord>> AddAgendaItemAsync(string meetingId, MeetingActor by, AgendaItemInput input, CancellationToken ct)
    {
        if (await store.GetAsync(meetingId, ct) is not { } stored)
        {
            return MeetingTexts.NotFound;
        }

        Money? amount = null;
        if (!string.IsNullOrWhiteSpace(input.Amount))
        {
            var parsed = AmountParser.Parse(input.Amount);
            if (!parsed.IsSuccess)
            {
                return parsed.Rejection;
            }

            amount = parsed.Value;
        }

        var ids = await LinkedIdsAsync(input.DecisionIds, ct);
        if (await CheckDecisionsAsync(stored.Meeting.SteeringGroupId, ids, mustBeOpen: true, ct) is { } badLink)
        {
            return badLink;
        }

        var added = await ChangeAsync(meetingId, by, "agendapunt", requireManager: true, m =>
        {
            if (m.Status != MeetingStatus.Gepland)
            {
                return MeetingRejections.NotPlanned(m.Status);
            }

            var item = AgendaRules.Add(m.Agenda, input.Title, input.Presenter, input.Minutes, input.IsConfidential, ids, amount);
            return item.IsSuccess
                ? m with { Agenda = [.. m.Agenda, item.Value], AgendaRevision = m.AgendaPublishedAt is null ? m.AgendaRevision : m.AgendaRevision + 1 }
                : item.Rejection;
        }, ct);

        // The agenda already went out: the agenda job sends the updated one (once per revision) after a short delay.
        if (added.Value is { AgendaPublishedAt: not null, Slot: not null } updated)
        {
            await jobs.ScheduleAsync(AgendaJobType, meetingId, clock.GetUtcNow() + options.Value.AgendaUpdateDelay, StartTicks(updated), ct);
        }

        return added;
    }

    /// <summary>Stores the verslag once; the first publication wins, a second one is refused.</summary>
    public async Task<Result<MeetingRecord>> PublishMinutesAsync(string meetingId, MeetingActor by, MinutesInput input, CancellationToken ct)
    {
        var minutes = await BuildMinutesAsync(meetingId, by, input, ct);
        return !minutes.IsSuccess
            ? minutes.Rejection
            : await ChangeAsync(meetingId, by, "verslag", requireManager: true, m => CanTakeMinutes(m) is { } refused ? refused : m with { Status = MeetingStatus.Gehouden, Minutes = minutes.Value }, ct);
    }

    /// <summary>
    /// Issue 7, optional approval: stores the verslag as a draft that the members approve with the decisions proposal
    /// <paramref name="approvalPollId"/>. A redelivered activity (same proposal id) finds its draft stored.
    /// </summary>
    public async Task<Result<MeetingRecord>> SubmitMinutesForApprovalAsync(string meetingId, MeetingActor by, MinutesInput input, string approvalPollId, CancellationToken ct)
    {
        var minutes = await BuildMinutesAsync(meetingId, by, input, ct);
        return !minutes.IsSuccess
            ? minutes.Rejection
            : await ChangeAsync(meetingId, by, "verslag-ter-goedkeuring", requireManager: true, m =>
                m.DraftApprovalPollId == approvalPollId ? m
                : CanTakeMinutes(m) is { } refused ? refused
                : m with { DraftMinutes = minutes.Value, DraftApprovalPollId = approvalPollId }, ct);
    }

    /// <summary>The members approved the draft: it becomes the published verslag. False when there was nothing to approve (a re-run).</summary>
    public async Task<MeetingRecord?> ApproveDraftMinutesAsync(string meetingId, string approvalPollId, CancellationToken ct)
    {
        var approved = await ChangeAsBotAsync(meetingId, "verslag-goedgekeurd", m =>
            m.DraftApprovalPollId != approvalPollId || m.DraftMinutes is null || m.Minutes is not null ? MeetingTexts.NoDraftMinutes
            : m with { Status = MeetingStatus.Gehouden, Minutes = m.DraftMinutes with { PublishedAt = clock.GetUtcNow() }, DraftMinutes = null, DraftApprovalPollId = null }, ct);
        return approved.Value;
    }

    /// <summary>The members did not approve the draft: it is dropped, so the chair can fill in a corrected verslag.</summary>
    public async Task<MeetingRecord?> DiscardDraftMinutesAsync(string meetingId, string approvalPollId, CancellationToken ct)
    {
        var discarded = await ChangeAsBotAsync(meetingId, "verslag-niet-goedgekeurd", m =>
            m.DraftApprovalPollId != approvalPollId ? MeetingTexts.NoDraftMinutes : m with { DraftMinutes = null, DraftApprovalPollId = null }, ct);
        return discarded.Value;
    }

    /// <summary>Why this meeting cannot take a verslag now (published, awaiting approval, cancelled, not held yet), or null.</summary>
    public Rejection? CanTakeMinutes(MeetingRecord m) =>
        m.Minutes is not null ? MeetingTexts.MinutesPublished
        : m.DraftMinutes is not null ? MeetingTexts.MinutesAwaitingApproval
        : m.Status == MeetingStatus.Geannuleerd ? MeetingRejections.NotPlanned(m.Status)
        : m.Status != MeetingStatus.Gehouden && (m.Slot is null || m.Slot.StartsAt > clock.GetUtcNow()) ? MeetingTexts.NotHeldYet
        : null;

    /// <summary>The id of the proposal that asks the members to approve a verslag; derived from the chair's activity.</summary>
    public static string ApprovalPollId(string meetingId, string activityKey) =>
        $"{ApprovalPrefix}{meetingId}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(activityKey)))[..8]}";

    /// <summary>The meeting whose verslag a proposal approves, or null for any other decision.</summary>
    public static string? MeetingOfApprovalPoll(string pollId) =>
        pollId.StartsWith(ApprovalPrefix, StringComparison.Ordinal) && pollId.LastIndexOf('-') is var dash && dash > ApprovalPrefix.Length
            ? pollId[ApprovalPrefix.Length..dash]
            : null;

    private const string ApprovalPrefix = "verslag-";

    // The verslag as filled in: texts within limits, decision links of this stuurgroep, attendance limited to its members.
    private async Task<Result<MeetingMinutes>> BuildMinutesAsync(string meetingId, MeetingActor by, MinutesInput input, CancellationToken ct)
    {
        if (await store.GetAsync(meetingId, ct) is not { } stored)
        {
            return MeetingTexts.NotFound;
        }

        var texts = new Dictionary<int, string>();
        var links = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var item in stored.Meeting.Agenda)
        {
            var text = input.TextByItem.GetValueOrDefault(item.Number)?.Trim() ?? string.Empty;
            if (text.Length > AgendaRules.MinutesTextMaxLength)
            {
                return MeetingTexts.MinutesText;
            }

            texts[item.Number] = text;
            links[item.Number] = await LinkedIdsAsync(input.DecisionsByItem.GetValueOrDefault(item.Number), ct);
            if (await CheckDecisionsAsync(stored.Meeting.SteeringGroupId, links[item.Number], mustBeOpen: false, ct) is { } badLink)
            {
                return badLink;
            }
        }

        var members = (await directory.GetSeatsAsync(stored.Meeting.SteeringGroupId, ct)).Select(s => s.AadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var present = input.PresentIds.Where(members.Contains).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new MeetingMinutes(texts, links, present, clock.GetUtcNow(), by.Actor.AadObjectId ?? by.Actor.Name);
    }

    public Task<bool> TryMarkFeedbackAsync(MeetingRecord meeting, string activityKey, CancellationToken ct) =>
        store.TryMarkAsync(meeting.SteeringGroupId, MeetingEntities.FeedbackRow(activityKey), ct);

    private async Task<IReadOnlyDictionary<string, string>> DecisionTitlesAsync(MeetingRecord meeting, CancellationToken ct)
    {
        var ids = meeting.Agenda.SelectMany(a => a.DecisionIds)
            .Concat(meeting.Minutes?.DecisionsByItem.Values.SelectMany(v => v) ?? [])
            .Distinct(StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (await decisions.FindAsync(id, ct) is { } found && found.SteeringGroupId == meeting.SteeringGroupId)
            {
                titles[id] = found.Definition.Title;
            }
        }

        return titles;
    }

    private async Task<Rejection?> CheckDecisionsAsync(string steeringGroupId, IReadOnlyList<string> ids, bool mustBeOpen, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            var found = await decisions.FindAsync(id, ct);
            if (found is null || found.SteeringGroupId != steeringGroupId)
            {
                return MeetingTexts.UnknownDecision(id);
            }

            if (mustBeOpen && found.State.Status != PollStatus.Open)
            {
                return MeetingTexts.DecisionNotOpen(id);
            }
        }

        return null;
    }

    // The form's choices give ids; a reference (BI-2026-014) typed or sent instead names the same decision (issue 16).
    private async Task<List<string>> LinkedIdsAsync(string? text, CancellationToken ct) =>
        [.. await resolver.ResolveAllAsync(SplitIds(text), ct)];

    private static List<string> SplitIds(string? text) =>
        (text ?? string.Empty).Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
}
