using CoopBot.Decisions.Contracts;
using Azure.Data.Tables;
using CoopBot.Common;
using CoopBot.Domain.Common;
using CoopBot.Domain.Meetings;
using CoopBot.Domain.Registry;
using CoopBot.Jobs.Contracts;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using Microsoft.Extensions.Options;

namespace CoopBot.Meetings;

/// <summary>Orchestrates the meeting rules (domain), the registry and storage. Never builds cards.</summary>
internal sealed partial class MeetingService(
    MeetingStore store,
    IMembershipDirectory directory,
    IDecisionLookup decisions,
    DecisionLinkChoices linkChoices,
    DecisionResolver resolver,
    IJobScheduler jobs,
    TimeProvider clock,
    IOptions<MeetingsOptions> options)
{
    public const string CalendarJobType = "meetings.calendar";
    public const string AgendaJobType = "meetings.agenda";
    public const string HeldJobType = "meetings.held";
    private const int MaxConcurrencyRetries = 5;

    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public async Task<bool> CanManageAsync(string steeringGroupId, string? aadObjectId, CancellationToken ct) =>
        (await ActiveSeatAsync(steeringGroupId, aadObjectId, ct)) is { } seat && SeatRolePolicy.For(seat.Seat.Role).CanManageMeetings;

    public async Task<MemberSeat?> ActiveSeatAsync(string steeringGroupId, string? aadObjectId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var seats = await directory.GetSeatsAsync(steeringGroupId, ct);
        return seats.FirstOrDefault(s => string.Equals(s.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase) && TermRules.IsActive(s.Seat, now));
    }

    /// <summary>The chair fixes the moment directly: checked against the cap, then the meeting is planned.</summary>
    public async Task<Result<MeetingRecord>> ScheduleAsync(string steeringGroupId, MeetingActor by, string? title, SlotCandidate slot, CancellationToken ct)
    {
        if (await RefuseManagerAsync(steeringGroupId, by, ct) is { } refused)
        {
            return refused;
        }

        if (MeetingTitles.Check(title) is { } badTitle)
        {
            return badTitle;
        }

        if (CheckMoment(slot) is { } badMoment)
        {
            return badMoment;
        }

        var meeting = New(steeringGroupId, by, title, slot, []);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var fixedMeeting = await WriteCappedAsync(meeting, default, by, "gepland", ct);
                if (fixedMeeting.IsSuccess)
                {
                    await ScheduleFollowUpsAsync(fixedMeeting.Value, ct);
                }

                return fixedMeeting;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409 && ex.FailedTransactionActionIndex == 0)
            {
                return (await store.GetAsync(meeting.Id, ct))!.Meeting; // a redelivered activity: already planned
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxConcurrencyRetries)
            {
                // Another meeting was planned in the same year meanwhile: check the cap again.
            }
        }
    }

    /// <summary>The chair proposes 2–6 moments; slots in a year that is already full are refused up front.</summary>
    public async Task<Result<MeetingRecord>> StartTimePollAsync(
        string steeringGroupId, MeetingActor by, string? title, IReadOnlyList<SlotCandidate> slots, CancellationToken ct)
    {
        if (await RefuseManagerAsync(steeringGroupId, by, ct) is { } refused)
        {
            return refused;
        }

        if (MeetingTitles.Check(title) is { } badTitle)
        {
            return badTitle;
        }

        var valid = TimePollSlots.Validate(slots, clock.GetUtcNow());
        if (!valid.IsSuccess)
        {
            return valid.Rejection;
        }

        var existing = (await store.GetAllAsync(steeringGroupId, ct)).Select(m => m.ToDomain()).OfType<Meeting>().ToList();
        foreach (var slot in slots)
        {
            var cap = MeetingCap.CanSchedule(new Meeting("nieuw", steeringGroupId, slot.StartsAt, MeetingStatus.Gepland), existing, TimeZone);
            if (!cap.IsSuccess)
            {
                return cap.Rejection;
            }
        }

        var meeting = New(steeringGroupId, by, title, null, slots);
        try
        {
            await store.WriteAsync(meeting, default, [], Event(meeting, by, "tijdspeiling"), ct);
            return meeting;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409 && ex.FailedTransactionActionIndex == 0)
        {
            return (await store.GetAsync(meeting.Id, ct))!.Meeting;
        }
    }

    public async Task<Result<MeetingRecord>> AnswerSlotsAsync(string meetingId, MeetingActor by, IReadOnlyDictionary<string, Availability> answers, CancellationToken ct)
    {
        if (await store.GetAsync(meetingId, ct) is not { } stored)
        {
            return MeetingTexts.NotFound;
        }

        var meeting = stored.Meeting;
        if (!meeting.IsPolling)
        {
            return MeetingTexts.NotPolling;
        }

        if (await ActiveSeatAsync(meeting.SteeringGroupId, by.Actor.AadObjectId, ct) is not { } seat)
        {
            return MeetingTexts.OnlyMembers;
        }

        if (answers.Count == 0)
        {
            return MeetingTexts.NoAnswersGiven;
        }

        if (answers.Keys.Any(id => meeting.Candidates.All(c => c.Id != id)))
        {
            return MeetingTexts.UnknownSlot;
        }

        await store.SetAnswersAsync(meeting.SteeringGroupId, meeting.Id, seat.AadObjectId, seat.Name, answers, clock.GetUtcNow(), Event(meeting, by, "beschikbaarheid"), ct);
        return meeting;
    }

    /// <summary>The chair picks a moment from the poll; from then on the meeting counts towards the cap.</summary>
    public Task<Result<MeetingRecord>> PickSlotAsync(string meetingId, MeetingActor by, string slotId, CancellationToken ct) =>
        ChangeCappedAsync(meetingId, by, "moment-gekozen", m =>
            !m.IsPolling ? MeetingTexts.NotPolling
            : m.Candidates.FirstOrDefault(c => c.Id == slotId) is { } slot ? m with { Slot = slot }
            : MeetingTexts.UnknownSlot, ct);

    public Task<Result<MeetingRecord>> RescheduleAsync(string meetingId, MeetingActor by, SlotCandidate slot, CancellationToken ct) =>
        ChangeCappedAsync(meetingId, by, "verplaatst", m =>
        {
            if (m.Slot is null)
            {
                return MeetingTexts.StillPolling;
            }

            if (!slot.IsOnline && string.IsNullOrWhiteSpace(slot.Place))
            {
                return MeetingRejections.SlotPlaceMissing(slot);
            }

            var moved = MeetingLifecycle.Reschedule(m.ToDomain()!, slot.StartsAt, clock.GetUtcNow());
            return moved.IsSuccess ? m with { Slot = slot with { Id = m.Slot.Id } } : moved.Rejection;
        }, ct);

    public async Task<Result<MeetingRecord>> CancelAsync(string meetingId, MeetingActor by, CancellationToken ct)
    {
        var cancelled = await ChangeAsync(meetingId, by, "geannuleerd", requireManager: true, m =>
        {
            var next = m.Slot is null ? Result<Meeting>.Success(new Meeting(m.Id, m.SteeringGroupId, m.CreatedAt, MeetingStatus.Geannuleerd))
                : MeetingLifecycle.Cancel(m.ToDomain()!);
            return next.IsSuccess ? m with { Status = MeetingStatus.Geannuleerd } : next.Rejection;
        }, ct);
        if (cancelled.IsSuccess && cancelled.Value.Event is not null)
        {
            await jobs.ScheduleAsync(CalendarJobType, cancelled.Value.Id, clock.GetUtcNow(), null, ct);
        }

        return cancelled;
    }

    public async Task<Result<MeetingRecord>> RsvpAsync(string meetingId, MeetingActor by, Rsvp answer, CancellationToken ct)
    {
        if (await store.GetAsync(meetingId, ct) is not { } stored)
        {
            return MeetingTexts.NotFound;
        }

        var meeting = stored.Meeting;
        if (meeting.Status != MeetingStatus.Gepland || meeting.Slot is null)
        {
            return meeting.Slot is null ? MeetingTexts.StillPolling : MeetingRejections.NotPlanned(meeting.Status);
        }

        if (await ActiveSeatAsync(meeting.SteeringGroupId, by.Actor.AadObjectId, ct) is not { } seat)
        {
            return MeetingTexts.OnlyMembers;
        }

        await store.SetRsvpAsync(meeting.SteeringGroupId, meeting.Id, seat.AadObjectId, seat.Name, answer, clock.GetUtcNow(), Event(meeting, by, $"rsvp {answer}"), ct);
        return meeting;
    }

    public async Task<MeetingRecord?> AttachCardAsync(string meetingId, CardLocation card, CancellationToken ct) =>
        (await ChangeAsync(meetingId, null, "kaart", requireManager: false, m => m with { Card = card }, ct)).Value;

    public async Task<MeetingView?> GetViewAsync(string meetingId, CancellationToken ct)
    {
        if (await store.GetAsync(meetingId, ct) is not { } stored)
        {
            return null;
        }

        var meeting = stored.Meeting;
        var group = await directory.FindSteeringGroupAsync(meeting.SteeringGroupId, ct);
        var rsvps = await store.GetRsvpsAsync(meeting.SteeringGroupId, meeting.Id, ct);
        var summaries = meeting.Candidates.Count == 0 ? [] : SlotSummary.Build(meeting.Candidates, await store.GetAnswersAsync(meeting.SteeringGroupId, meeting.Id, ct));
        var now = clock.GetUtcNow();
        var members = (await directory.GetSeatsAsync(meeting.SteeringGroupId, ct))
            .Where(s => TermRules.IsActive(s.Seat, now)).Select(s => (s.AadObjectId, s.Name)).ToList();
        var titles = await DecisionTitlesAsync(meeting, ct);
        // The forms of a planned or held meeting offer its stuurgroep's decisions; a cancelled one has no forms.
        var choices = meeting.Status == MeetingStatus.Geannuleerd ? [] : await linkChoices.ForAsync(meeting.SteeringGroupId, ct);
        return new MeetingView(meeting, group?.Name ?? meeting.SteeringGroupId, rsvps, summaries, titles, members, TimeZone) { DecisionChoices = choices };
    }

    private MeetingRecord New(string steeringGroupId, MeetingActor by, string? title, SlotCandidate? slot, IReadOnlyList<SlotCandidate> candidates) => new(
        MeetingRecord.NewId(steeringGroupId, by.ActivityKey),
        steeringGroupId,
        string.IsNullOrWhiteSpace(title) ? MeetingTexts.DefaultTitle : title.Trim(),
        MeetingStatus.Gepland,
        slot,
        candidates,
        [],
        by.Actor.AadObjectId ?? by.Actor.Name,
        clock.GetUtcNow());

    private Rejection? CheckMoment(SlotCandidate slot) =>
        slot.StartsAt <= clock.GetUtcNow() ? MeetingRejections.StartInPast
        : !slot.IsOnline && string.IsNullOrWhiteSpace(slot.Place) ? MeetingRejections.SlotPlaceMissing(slot)
        : null;

    private async Task<Rejection?> RefuseManagerAsync(string steeringGroupId, MeetingActor? by, CancellationToken ct) =>
        by is null || await CanManageAsync(steeringGroupId, by.Actor.AadObjectId, ct) ? null : MeetingTexts.OnlyManagers;

    private TableEntity Event(MeetingRecord meeting, MeetingActor? by, string type) => MeetingEntities.ToEvent(
        meeting.SteeringGroupId, meeting.Id, by?.ActivityKey ?? $"{type}|{Guid.NewGuid():N}", type, by?.Actor.AadObjectId ?? "bot", clock.GetUtcNow(),
        meeting.Slot is null ? null : $"{meeting.Status} {meeting.Slot.StartsAt:O}");
}
