using CoopBot.Protocol.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.FileProviders;

namespace CoopBot.Tab;

/// <summary>The Teams tab: Razor Pages under <c>/tab</c>, SSO session cookie, antiforgery, static files.</summary>
internal static class TabServiceCollectionExtensions
{
    public static IServiceCollection AddTab(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<TabOptions>().Bind(configuration.GetSection(TabOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotAdapterOptions>().Bind(configuration.GetSection(BotAdapterOptions.SectionName));
        services.AddHttpContextAccessor();
        services.AddHttpClient<TabTokenValidator>();
        services.AddScoped<TabViewerAccessor>();
        services.AddSingleton<IAuthorizationHandler, CommunityManagerHandler>();
        services.AddSingleton<TabTimeZone>();
        services.AddSingleton<TabOverview>();
        services.AddSingleton<TabRegister>();
        services.AddSingleton<TabDecisionPage>();
        services.AddSingleton<TabAuditLog>();
        services.AddSingleton<TabSteeringGroups>();
        services.AddSingleton<TabMeetings>();
        services.AddSingleton<TabSeatEditor>();

        services.AddAuthentication(TabConstants.CookieScheme)
            .AddCookie(TabConstants.CookieScheme, TabCookies.ConfigureSession);
        services.AddOptions<CookieAuthenticationOptions>(TabConstants.CookieScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<TabOptions>>((cookie, tab) => cookie.ExpireTimeSpan = tab.Value.SessionLifetime);
        services.AddAuthorizationBuilder()
            .AddPolicy(TabConstants.CommunityManagerPolicy, policy => policy.RequireAuthenticatedUser().AddRequirements(new CommunityManagerRequirement()));
        services.AddAntiforgery(TabCookies.ConfigureAntiforgery);
        // Dutch text (€, ë, é) is written as is, not as character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Tab/Pages";
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AuthorizeFolder("/Beheer", TabConstants.CommunityManagerPolicy);
            options.Conventions.AllowAnonymousToPage("/Aanmelden");
            options.Conventions.AllowAnonymousToPage("/Configuratie");
            // Outside Development the demo sign-in page has no route at all: it does not exist.
            options.Conventions.AllowAnonymousToPage("/DevAanmelden");
            options.Conventions.AddPageRouteModelConvention("/DevAanmelden", model =>
            {
                if (!environment.IsDevelopment())
                {
                    model.Selectors.Clear();
                }
            });
        }).ConfigureApplicationPartManager(AddTabPages);
        return services;
    }

    /// <summary>
    /// MVC discovers pages in the entry assembly only. The host is <c>CoopBot.dll</c>, but <c>tab bench</c> runs the same host
    /// inside <c>CoopBot.Cli.dll</c>: name the tab's own assembly, once, so its pages exist in both.
    /// </summary>
    private static void AddTabPages(ApplicationPartManager manager)
    {
        var assembly = typeof(TabServiceCollectionExtensions).Assembly;
        if (manager.ApplicationParts.Any(part => part is AssemblyPart { } existing && existing.Assembly == assembly))
        {
            return;
        }

        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
        {
            manager.ApplicationParts.Add(part);
        }
    }

    public static WebApplication MapTab(this WebApplication app)
    {
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/tab", StringComparison.Ordinal), tab => tab.Use((http, next) =>
        {
            // Only Teams (and Microsoft 365) may frame the tab.
            http.Response.Headers.ContentSecurityPolicy = TabConstants.FrameAncestors;
            return next(http);
        }));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "Tab", "Static")),
            RequestPath = "/tab/static",
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPost("/tab/sessie", TabSessionEndpoint.SignInAsync).DisableAntiforgery();
        app.MapTabExports();
        app.MapDecisionLinks();
        app.MapRazorPages();
        return app;
    }
}
