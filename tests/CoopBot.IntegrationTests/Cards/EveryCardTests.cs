using CoopBot.Confidentiality;
using CoopBot.Decisions.Contracts;
using CoopBot.Registry.Contracts;
using System.Text.Json.Nodes;
using CoopBot.Cards;
using CoopBot.Decisions;
using CoopBot.Domain.Decisions;
using CoopBot.Domain.Faq;
using CoopBot.Faq;
using CoopBot.FaqChat;
using CoopBot.Help;
using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Cards;

/// <summary>Every card the bot can send passes Microsoft's reference parser with zero findings and stays under 28 KB.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class EveryCardTests(AzuriteFixture azurite)
{
    private const int MaxCardBytes = 28 * 1024;
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    [Fact]
    public async Task EveryCardBuilder_PassesReferenceParser()
    {
        var cards = AllCards().Select(AdaptiveCardSerializer.ToJsonNode).ToList();

        await AssertClean(cards);
    }

    [Fact]
    public async Task CardsSentDuringAPollRound_PassReferenceParser()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        var flow = new PollFlow(app);
        await app.PostActivityAsync(TeamsActivity.ChannelMessage(app.ServiceUrl, DemoUser.Chair, "stemming"));
        var pollId = await flow.CreatePollAsync("**Vet** <b>html</b> [link](http://x)", "Ja", "Nee");
        var invokeCards = new List<JsonNode?>
        {
            (await flow.VoteAsync(DemoUser.Bram, pollId, "o1"))["value"],
            (await flow.VoteAsync(DemoUser.NonMember, pollId, "o1"))["value"],
            (await flow.RefreshAsync(DemoUser.Chair, pollId))["value"],
            (await flow.CloseAsync(DemoUser.Chair, pollId))["value"],
        };
        await flow.WaitForCardUpdateAsync(DecisionTexts.ResultSuffix);

        var sent = app.Connector.Calls.Select(c => c.Card).Concat(invokeCards).OfType<JsonNode>().ToList();
        Assert.True(sent.Count >= 7, $"expected the form, poll, per-user, shared and result cards; got {sent.Count}");
        await AssertClean(sent);
    }

    private static async Task AssertClean(List<JsonNode> cards)
    {
        var results = await ReferenceCardValidator.ValidateAsync(cards);

        Assert.Equal(cards.Count, results.Count);
        Assert.All(results, r => Assert.True(r.IsClean, r.ToString()));
        Assert.All(results, r => Assert.True(r.Bytes < MaxCardBytes, r.ToString()));
    }

    private static IEnumerable<AdaptiveCard> AllCards()
    {
        var now = new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero);
        var options = Enumerable.Range(1, PollLimits.MaxOptions).Select(i => $"Optie {i} met een <b>lange</b> *naam*");
        var poll = Poll(PollDefinition.Create(PollKinds.SingleChoice, new string('T', PollLimits.TitleMaxLength), new string('d', PollLimits.DescriptionMaxLength), options, PollSettings.Default).Value!, now);
        var proposal = Poll(PollDefinition.Create(PollKinds.Proposal, "Nieuwe leverancier", "Offerte in bijlage", null, PollSettings.Default).Value!, now);
        var ballot = new BallotRecord("a", "Bram Claes", ["o1"], null, now);
        var manyVoters = Enumerable.Range(0, 61).Select(i => $"29:user-{i}").ToList();

        yield return HelpCards.Build();
        yield return DecisionCards.CreateForm(DecisionForms.Poll, "basisinfrastructuur", "Stuurgroep Basisinfrastructuur Digitale Bibliotheek", new DateOnly(2026, 12, 1));
        yield return DecisionCards.CreateForm(DecisionForms.Poll, "basisinfrastructuur", "Stuurgroep", new DateOnly(2026, 12, 1), "Geef minstens 2 antwoordmogelijkheden op.",
            new CreatePollData("stemming", "basisinfrastructuur", "Vraag", null, "A", "2026-12-01", "17:00"));
        yield return DecisionCards.Created(poll, Brussels);
        yield return DecisionCards.Shared(View(poll, null, voters: manyVoters));
        yield return DecisionCards.ForViewer(View(poll, ballot), "Je stem is geteld.");
        yield return DecisionCards.ForViewer(View(poll, null, canVote: false), "Je hebt geen zitje in deze stuurgroep.", noticeIsError: true);
        yield return DecisionCards.ForViewer(View(proposal, null, canManage: true));
        var closed = proposal with { State = proposal.State with { Status = PollStatus.Closed, ClosedAt = now } };
        yield return DecisionCards.Shared(View(closed, null));
        var final = closed with { Result = new StoredResult(new Dictionary<string, int> { ["voor"] = 3, ["tegen"] = 1 }, 4, 4, true, DecisionOutcome.Passed, now) };
        yield return DecisionCards.Result(View(final, null));
        yield return DecisionCards.Result(View(poll with { State = closed.State }, null));
        foreach (var card in DecisionsFeatureCards(now).Concat(FaqCardsToCheck(now)).Concat(Registry.RegistryCardSamples.All()))
        {
            yield return card;
        }

        foreach (var meetingCard in Meetings.MeetingCardSamples.All())
        {
            yield return meetingCard;
        }
        foreach (var card in EscalationFeatureCards(now))
        {
            yield return card;
        }

        foreach (var card in Consultations.ConsultationCardSamples.All())
        {
            yield return card;
        }

        foreach (var card in Submissions.SubmissionCardSamples.All())
        {
            yield return card;
        }
    }

    // Issue 6: the amount confirmation step, the escalation section, confirmation cards, reminders, begroting, NDA placeholder.
    private static IEnumerable<AdaptiveCard> EscalationFeatureCards(DateTimeOffset now)
    {
        var group = new CoopBot.Registry.Contracts.SteeringGroup("basisinfrastructuur", "Stuurgroep Basisinfrastructuur Digitale Bibliotheek", [], null);
        var data = new CreatePollData("voorstel", "basisinfrastructuur", new string('T', PollLimits.TitleMaxLength), new string('d', PollLimits.DescriptionMaxLength), null, "2026-12-01", "17:00") { Amount = "120.000" };
        var amount = CoopBot.Domain.Amounts.Money.FromEuros(120_000m);
        var budget = new CoopBot.Domain.Budget.SubBudget("basisinfrastructuur", 2026, CoopBot.Domain.Amounts.Money.FromEuros(100_000m));
        var status = new CoopBot.Budget.Contracts.BudgetStatus("basisinfrastructuur", 2026, budget, []);
        var over = new CoopBot.Escalation.ProposalPreview(amount, CoopBot.Domain.Escalation.CommitmentKind.Bestelling, CoopBot.Domain.Escalation.EscalationTier.FinancieelComiteEnVoorzitter, 2026, status, CoopBot.Domain.Budget.BudgetCheck.Check(amount, budget.Amount));
        yield return CoopBot.Escalation.EscalationCards.Preview(group, data, over, confidential: true, error: "De voorzitter moet die overschrijding eerst erkennen.");
        yield return CoopBot.Escalation.EscalationCards.Preview(group, data, over with { Budget = status with { Budget = null }, Check = null }, confidential: false);

        var proposal = Poll(PollDefinition.Create(PollKinds.Proposal, new string('T', PollLimits.TitleMaxLength), new string('d', PollLimits.DescriptionMaxLength), null, PollSettings.Default, amount).Value!, now);
        var state = CoopBot.Domain.Escalation.EscalationState.Draft("p1", CoopBot.Domain.Escalation.CommitmentKind.Bestelling, amount, CoopBot.Domain.Escalation.EscalationThresholds.Default).Value!
            with { Status = CoopBot.Domain.Escalation.EscalationStatus.GoedgekeurdWachtOpBevestiging, PendingSince = now, Confirmed = new HashSet<CoopBot.Domain.Escalation.ConfirmingBody> { CoopBot.Domain.Escalation.ConfirmingBody.FinancieelComite } };
        var decisions = new[] { new CoopBot.Escalation.BodyDecision(CoopBot.Domain.Escalation.ConfirmingBody.FinancieelComite, "k", "Katrien Dubois", now, true, null) };
        var note = new CoopBot.Escalation.BudgetNote(10_000_000, 10_000_000, 2_000_000, "a", "An Peeters", now);
        var record = new CoopBot.Escalation.EscalationRecord(state, "basisinfrastructuur", 2026, false, note, decisions);
        var section = CoopBot.Escalation.EscalationCards.Section(record, Brussels);
        yield return DecisionCards.Shared(View(proposal, null, voters: Enumerable.Range(0, 61).Select(i => $"29:user-{i}").ToList()) with { StatusSections = [section] });
        var members = Enumerable.Range(0, 3).Select(i => $"29:body-{i}").ToList();
        var view = new CoopBot.Escalation.ConfirmationView(proposal.ToSummary(), group.Name, record, CoopBot.Domain.Escalation.ConfirmingBody.VoorzitterCultuurconnect, members, ViewerIsMember: true, Brussels);
        yield return CoopBot.Escalation.EscalationCards.Confirmation(view, "Je bevestiging is geregistreerd.");
        yield return CoopBot.Escalation.EscalationCards.Confirmation(view with { ViewerIsMember = false, Escalation = record with { Confidential = true } });
        var refused = record with { State = state with { Status = CoopBot.Domain.Escalation.EscalationStatus.Geweigerd, RefusedBy = CoopBot.Domain.Escalation.ConfirmingBody.VoorzitterCultuurconnect, RefusalReason = new string('r', 500) } };
        yield return CoopBot.Escalation.EscalationCards.Confirmation(view with { Escalation = refused }, CoopBot.Domain.Escalation.EscalationRejections.NotAMember(CoopBot.Domain.Escalation.ConfirmingBody.VoorzitterCultuurconnect).Message, noticeIsError: true);
        yield return CoopBot.Escalation.EscalationCards.Reminder(view, 10);
        var bodies = new HashSet<CoopBot.Domain.Escalation.ConfirmingBody> { CoopBot.Domain.Escalation.ConfirmingBody.FinancieelComite };
        yield return CoopBot.Escalation.MyConfirmations.Card(bodies, [(record, "Nieuwe <b>servers</b>", [CoopBot.Domain.Escalation.ConfirmingBody.FinancieelComite])], Brussels);
        yield return CoopBot.Escalation.MyConfirmations.Card(bodies, [], Brussels);
        yield return CoopBot.Escalation.EscalationCards.CommunityManagerNotice(proposal.ToSummary(), group.Name, record, 10, Brussels);

        var lines = Enumerable.Range(0, 25).Select(i => new CoopBot.Budget.Contracts.BudgetLine(
            new CoopBot.Domain.Budget.BudgetCommitment($"p{i}", "basisinfrastructuur", 2026, amount, CoopBot.Domain.Escalation.EscalationStatus.Definitief), new string('T', PollLimits.TitleMaxLength), CoopBot.Domain.Escalation.CommitmentKind.Bestelling, i % 5 == 0)).ToList();
        yield return CoopBot.Budget.BudgetCards.Status(group.Name, status with { Lines = lines });
        yield return CoopBot.Budget.BudgetCards.Status(group.Name, status with { Budget = null });

        var confidential = proposal with { Confidential = true };
        yield return DecisionCards.Shared(View(confidential, null) with { HiddenBy = new ConfidentialCards() });
        yield return DecisionCards.ForViewer(View(confidential, null, voters: Enumerable.Range(0, 61).Select(i => $"29:user-{i}").ToList()) with { HiddenBy = new ConfidentialCards() }, "Onderteken eerst de geheimhoudingsverklaring.", noticeIsError: true);
        var final = confidential with { State = confidential.State with { Status = PollStatus.Closed, ClosedAt = now }, Result = new StoredResult(new Dictionary<string, int> { ["voor"] = 3 }, 3, 4, true, DecisionOutcome.Passed, now) };
        yield return DecisionCards.Result(View(final, null) with { HiddenBy = new ConfidentialCards() });
    }

    // Issue 4: every form, the chair's views, attachments, amounts, the result with a statement, the register.
    private static IEnumerable<AdaptiveCard> DecisionsFeatureCards(DateTimeOffset now)
    {
        var settings = PollSettings.Default with { IncludeOptionalOption = true, ReasonMode = ReasonMode.Required, QuorumPercent = 50, Anonymous = true };
        var attachments = Enumerable.Range(1, PollLimits.MaxAttachments).Select(i => new PollAttachment($"Offerte {i} *vet*", new Uri($"https://example.org/{i}.pdf"))).ToList();
        var proposal = Poll(PollDefinition.Create(
            PollKinds.Proposal, "Voorstel <b>html</b>", new string('d', PollLimits.DescriptionMaxLength), null, settings, CoopBot.Domain.Amounts.Money.FromEuros(85_000m), attachments).Value!, now);
        var multi = Poll(PollDefinition.Create(
            PollKinds.MultipleChoice, "Meerkeuze", null, Enumerable.Range(1, 19).Select(i => $"Optie {i}"), PollSettings.Default with { MinChoices = 2, MaxChoices = 5, IncludeOptionalOption = true }).Value!, now);
        var ballot = new BallotRecord("a", "Bram Claes", ["voor"], new string('r', PollLimits.ReasonMaxLength), now);
        var section = new DecisionStatusSection("Bevestiging", [("Directie", "wacht op bevestiging")]);
        var managers = Enumerable.Range(0, 3).Select(i => $"29:chair-{i}").ToList();

        foreach (var form in DecisionForms.All)
        {
            yield return DecisionCards.CreateForm(form, "basisinfrastructuur", "Stuurgroep Basisinfrastructuur Digitale Bibliotheek", new DateOnly(2026, 12, 1), "Het bedrag is ongeldig.");
        }

        yield return DecisionCards.Created(proposal, Brussels);
        yield return DecisionCards.ForViewer(View(proposal, ballot, canManage: true) with { StatusSections = [section] }, "Je stem is geteld.");
        yield return DecisionCards.ForViewer(View(multi, null, canManage: true, voters: Enumerable.Range(0, 61).Select(i => $"29:user-{i}").ToList()));
        yield return DecisionCards.Shared(View(multi, null));
        var final = proposal with
        {
            State = proposal.State with { Status = PollStatus.Closed, ClosedAt = now },
            Result = new StoredResult(new Dictionary<string, int> { ["voor"] = 3, ["bezwaar"] = 1 }, 4, 5, true, DecisionOutcome.Blocked, now),
            OutcomeStatement = new string('s', PollLimits.OutcomeStatementMaxLength),
        };
        yield return DecisionCards.Result(View(final, null, canManage: true) with { ManagerUserIds = managers, StatusSections = [section] }, "De toelichting is bewaard.");
        var reopenable = final with { Definition = PollDefinition.Create(PollKinds.SingleChoice, "Vraag", null, ["A", "B"], PollSettings.Default).Value! };
        yield return DecisionCards.Result(View(reopenable, null, canManage: true) with { ManagerUserIds = managers });
        var entries = Enumerable.Range(0, RegisterCards.LatestCount).Select(i => new RegisterRow(
            "basisinfrastructuur", $"p{i}", "Voorstel", new string('T', PollLimits.TitleMaxLength), now, now, "Besloten", "Aangenomen", 4, 4, 8_500_000, false, false, null, $"BI-2026-{i + 1:D3}")).ToList();
        yield return RegisterCards.Latest("Stuurgroep Basisinfrastructuur Digitale Bibliotheek", entries, Brussels);
        yield return RegisterCards.Latest("Stuurgroep Beleven", [], Brussels);
    }

    private static IEnumerable<AdaptiveCard> FaqCardsToCheck(DateTimeOffset now)
    {
        var kb = FaqKnowledgeBase.LoadDefault();
        var question = "Mag de **stuurgroep** <b>zelf</b> [beslissen](http://x)? " + new string('x', 600);
        foreach (var entry in kb.Entries)
        {
            yield return FaqCards.Answer(entry, null, kb, question);
            foreach (var facet in entry.Facets)
            {
                yield return FaqCards.Answer(entry, facet, kb, question);
            }
        }

        yield return FaqCards.Answer(kb.Entries[0], null, kb, question, "Bedankt voor je feedback!");
        yield return FaqCards.NotSure(question, kb.Entries.Take(3));
        foreach (var refusal in Enum.GetValues<FaqRefusal>())
        {
            yield return FaqCards.OutOfScope(question, refusal);
        }
        var asker = new TicketAsker("a", "Bram <b>Claes</b>", "user-id-1", "https://smba.trafficmanager.net/emea/", "t");
        var open = new TicketRecord("V-0123456789", FaqCards.Clip(question), asker, now, TicketState.New, 0, 0, null);
        var taken = open with { State = TicketLifecycle.Take(open.State, "cm", "Klaar Leroy", true).Value! };
        var answered = taken with { State = TicketLifecycle.Answer(taken.State, "cm", true, new string('a', TicketLifecycle.AnswerMaxLength), now).Value! };
        var picker = new TicketPhrasingState(kb.Entries, "drempelbedragen", null);
        yield return TicketCards.ForCommunityManager(open, picker);
        yield return TicketCards.ForCommunityManager(taken, picker with { SuggestedEntryId = null });
        yield return TicketCards.ForCommunityManager(answered, picker, TicketTexts.PhrasingEntryUnknown.Message, noticeIsError: true);
        yield return TicketCards.ForCommunityManager(answered, new TicketPhrasingState([], null, kb.Entries[0]));
        yield return TicketCards.Sent(open);
        yield return TicketCards.ForAsker(answered);
        yield return TicketCards.ForAsker(answered, "Je vraag staat weer open bij de community manager.");
    }

    private static PollRecord Poll(PollDefinition definition, DateTimeOffset now) =>
        new("p1", "basisinfrastructuur", definition, new PollState(PollStatus.Open, now.AddDays(3), null), "a", "An Peeters", now, null, null);

    private static PollView View(PollRecord poll, BallotRecord? ballot, bool canVote = true, bool canManage = false, IReadOnlyList<string>? voters = null)
    {
        var tally = poll.Result?.ToTally() ?? Tally.Compute(poll.Definition, ballot is null ? [] : [ballot.OptionIds], 4);
        return new PollView(poll, tally, ballot, canVote, canManage, voters ?? ["user-id-1", "user-id-2"], Brussels);
    }
}
