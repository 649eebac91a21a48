using System.Net;

namespace CoopBot.MeetingChat;

/// <summary>
/// The page Teams shows in the in-meeting notification bubble. It holds no decision data (the bubble is seen by guests
/// too); it points to the card in the meeting chat. The Teams JS library tells Teams the page loaded.
/// </summary>
internal static class MeetingBubblePage
{
    private const string TeamsJs = "https://res.cdn.office.net/teams-js/2.34.0/js/MicrosoftTeams.min.js";

    public static IEndpointRouteBuilder MapMeetingBubble(this IEndpointRouteBuilder endpoints)
    {
        var html = $$"""
            <!DOCTYPE html>
            <html lang="nl-BE">
            <head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(MeetingChatTexts.BubblePageTitle)}}</title>
            <script src="{{TeamsJs}}"></script></head>
            <body style="font-family: 'Segoe UI', sans-serif; margin: 12px;">
            <p>{{WebUtility.HtmlEncode(MeetingChatTexts.BubblePageText)}}</p>
            <script>if (window.microsoftTeams) { microsoftTeams.app.initialize().then(() => microsoftTeams.app.notifySuccess()); }</script>
            </body>
            </html>
            """;
        endpoints.MapGet(MeetingChatNotifier.BubblePath, () => Results.Content(html, "text/html; charset=utf-8"));
        return endpoints;
    }
}
