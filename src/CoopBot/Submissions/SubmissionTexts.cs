using CoopBot.Domain.Decisions;

namespace CoopBot.Submissions;

/// <summary>Dutch wording of the submission flow.</summary>
internal static partial class SubmissionTexts
{
    public const string InvalidAudience = "Een van de instellingen is ongeldig. Kies opnieuw uit de lijst.";

    public const string PersonalChatOnly = "Een voorstel indienen doe je in een persoonlijke chat met CoopBot: typ daar “voorstel indienen”.";

    public static string Status(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Submitted => "Ingediend",
        SubmissionStatus.MoreInfoRequested => "Meer informatie gevraagd",
        SubmissionStatus.TakenUp => "Opgenomen",
        _ => "Afgewezen",
    };

    public static string Outcome(SubmissionRecord s) => s.Status switch
    {
        SubmissionStatus.TakenUp => "Opgenomen als beslissing " + s.PollId,
        SubmissionStatus.Declined => "Afgewezen",
        SubmissionStatus.MoreInfoRequested => "Wacht op meer informatie van de indiener",
        _ => "Wacht op de voorzitter",
    };

    /// <summary>What the submitter is told 1:1 at each step.</summary>
    public static string ToSubmitter(SubmissionView view, Audience audience)
    {
        var s = view.Submission;
        var group = CoopBot.Domain.Registry.SteeringGroupNames.WithArticle(view.SteeringGroupName);
        return s.Status switch
        {
            SubmissionStatus.Submitted => $"Je voorstel “{s.Title}” staat in het kanaal van {group}. Andere coöperanten kunnen het steunen; de voorzitter behandelt het.",
            SubmissionStatus.TakenUp => audience == Audience.Cooperants
                ? $"Je voorstel “{s.Title}” is opgenomen als raadpleging van alle coöperanten van {group}."
                : $"Je voorstel “{s.Title}” is opgenomen als voorstel van {group}; de stuurgroep stemt erover.",
            SubmissionStatus.Declined => $"Je voorstel “{s.Title}” werd niet opgenomen door {group}. Reden: {s.ChairMessage}",
            _ => $"De voorzitter van {group} vraagt meer informatie over je voorstel “{s.Title}”: {s.ChairMessage}\n\nDien een aangevuld voorstel in met “voorstel indienen”.",
        };
    }
}
