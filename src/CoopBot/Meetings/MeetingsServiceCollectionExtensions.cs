using CoopBot.Decisions;
using CoopBot.Broadcasts;
using CoopBot.Graph;
using CoopBot.Jobs;

namespace CoopBot.Meetings;

/// <summary>Registers meetings, the broadcast queue worker and the shared Graph client.</summary>
internal static class MeetingsServiceCollectionExtensions
{
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MeetingsOptions>().Bind(configuration.GetSection(MeetingsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BroadcastOptions>().Bind(configuration.GetSection(BroadcastOptions.SectionName))
            .Validate(o => o.MaxAttempts > 0 && o.MaxConcurrency > 0 && o.VisibilityTimeout > TimeSpan.Zero, "Broadcast:MaxAttempts, MaxConcurrency and VisibilityTimeout must be positive.")
            .Validate(o => o.QueueServiceUri.Length == 0 || (Uri.TryCreate(o.QueueServiceUri, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps), "Broadcast:QueueServiceUri must be empty or an https URL.")
            .ValidateOnStart();
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GraphClientProvider>();

        services.AddSingleton<BroadcastQueue>();
        services.AddSingleton<BroadcastService>();
        services.AddSingleton<IBroadcastTargets, RegistryBroadcastTargets>();
        services.AddHostedService<BroadcastWorker>();

        services.AddSingleton<MeetingStore>();
        services.AddSingleton<MeetingService>();
        services.AddSingleton<MeetingMessenger>();
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
