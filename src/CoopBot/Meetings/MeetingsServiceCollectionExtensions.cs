using CoopBot.Decisions.Contracts;
using CoopBot.Decisions;
using CoopBot.Jobs.Contracts;

namespace CoopBot.Meetings;

/// <summary>Wiring of the meetings feature (with the broadcast targets it sends its public agenda and verslag to).</summary>
internal static class MeetingsServiceCollectionExtensions
{
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MeetingsOptions>().Bind(configuration.GetSection(MeetingsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IBroadcastTargets, RegistryBroadcastTargets>();
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<MeetingService>();
        services.AddSingleton<Contracts.MeetingYears>();
        services.AddSingleton<Contracts.IPlannedMeetings, PlannedMeetings>();
        services.AddSingleton<MeetingBroadcaster>();
        services.AddSingleton<GraphMeetingCalendar>();
        services.AddSingleton<IMeetingAttendees, RegistryMeetingAttendees>();
        services.AddSingleton<MeetingHandlers>();
        services.AddSingleton<IJobHandler, MeetingCalendarJob>();
        services.AddSingleton<IJobHandler, MeetingAgendaJob>();
        services.AddSingleton<IJobHandler, MeetingMinutesJob>();
        services.AddSingleton<IDecisionOutcomeHook, MinutesApprovalHook>();
        services.AddSingleton<IJobHandler, MeetingHeldJob>();
        services.AddSingleton<IJobHandler, MeetingYearCheckJob>();
        services.AddHostedService<MeetingYearCheckScheduler>();
        return services;
    }
}
