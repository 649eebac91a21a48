using CoopBot.Cards;
using CoopBot.Domain.Amounts;
using CoopBot.Domain.Decisions;
using CoopBot.Submissions;

namespace CoopBot.IntegrationTests.Submissions;

/// <summary>The "voorstel indienen" cards at their largest, with markdown and HTML in every user-written field.</summary>
internal static class SubmissionCardSamples
{
    public static IEnumerable<AdaptiveCard> All()
    {
        var now = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
        var targets = Enumerable.Range(0, 30).Select(i => new SubmissionTarget($"sg{i % 4}", $"Stuurgroep {i % 4}", $"dienst-{i}", $"Dienst {i}")).ToList();
        var data = new SubmitProposalData("sg0|dienst-0", "**Titel** <b>html</b>", new string('d', PollLimits.DescriptionMaxLength), "12.500");
        var submission = new SubmissionRecord(
            "ind1", "sg0", "dienst-0", "Dienst *0*", new string('T', PollLimits.TitleMaxLength), new string('d', PollLimits.DescriptionMaxLength), Money.FromEuros(12_500m),
            "a", "Fien [De Smet](http://x)", "Bibliotheek <i>Antwerpen</i>", now, SubmissionStatus.Submitted);
        var view = new SubmissionView(submission, 42, "Stuurgroep Basisinfrastructuur Digitale Bibliotheek");

        yield return SubmissionCards.Form(targets);
        yield return SubmissionCards.Form(targets, "Geef je voorstel een titel.", data);
        yield return SubmissionCards.Submitted(view);
        yield return SubmissionCards.Channel(view);
        yield return SubmissionCards.Channel(view with { Submission = submission with { Status = SubmissionStatus.MoreInfoRequested, ChairMessage = new string('q', SubmissionRules.MessageMaxLength) } }, "Je steunt dit voorstel.");
        yield return SubmissionCards.Channel(view with { Submission = submission with { Status = SubmissionStatus.Declined, ChairMessage = "Reden *vet*" } }, "Alleen de voorzitter …", noticeIsError: true);
    }
}
