namespace CoopBot.Broadcasts;

/// <summary>Wiring of the broadcast queue and its worker. The sending feature (Meetings) gives the targets with each request.</summary>
internal static class BroadcastRegistration
{
    public static IServiceCollection AddBroadcasts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BroadcastOptions>().Bind(configuration.GetSection(BroadcastOptions.SectionName))
            .Validate(o => o.MaxAttempts > 0 && o.MaxConcurrency > 0 && o.VisibilityTimeout > TimeSpan.Zero, "Broadcast:MaxAttempts, MaxConcurrency and VisibilityTimeout must be positive.")
            .Validate(o => o.QueueServiceUri.Length == 0 || (Uri.TryCreate(o.QueueServiceUri, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps), "Broadcast:QueueServiceUri must be empty or an https URL.")
            .ValidateOnStart();
        services.AddSingleton<BroadcastQueue>();
        services.AddSingleton<BroadcastService>();
        services.AddSingleton<Contracts.IBroadcastSender>(sp => sp.GetRequiredService<BroadcastService>());
        services.AddHostedService<BroadcastWorker>();
        return services;
    }
}
