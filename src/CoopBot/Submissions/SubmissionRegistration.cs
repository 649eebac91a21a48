namespace CoopBot.Submissions;

/// <summary>Wiring of the submissions feature (a coöperant submits a proposal to a stuurgroep).</summary>
internal static class SubmissionRegistration
{
    public static IServiceCollection AddSubmissions(this IServiceCollection services)
    {
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<SubmissionService>();
        services.AddSingleton<SubmissionHandlers>();
        return services;
    }
}
