using CoopBot.Common;
using CoopBot.Domain.Escalation;
using CoopBot.Domain.Registry;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>Issue 3 model in Table Storage: the seeded demo registry read back through IMembershipDirectory on real Azurite.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class RegistryStorageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Basis = "basisinfrastructuur";
    private CoopBotApp _app = null!;
    private IMembershipDirectory _directory = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _directory = _app.GetService<IMembershipDirectory>();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task FindPerson_NonMemberRepresentative_HasOrganisationThatTakesBasisServicesWithoutSeat()
    {
        var fien = await _directory.FindPersonAsync(DemoUser.NonMember.AadObjectId, CancellationToken.None);

        Assert.NotNull(fien);
        Assert.Equal("bib-antwerpen", fien.OrganisationId);
        var organisation = await _directory.FindOrganisationAsync(fien.OrganisationId, CancellationToken.None);
        Assert.NotNull(organisation);
        Assert.Equal(Province.Antwerpen, organisation.Province);
        Assert.True(organisation.IsCooperantOf("open-vlacc"));
        var seats = await _directory.GetSeatsAsync(Basis, CancellationToken.None);
        Assert.DoesNotContain(seats, s => s.Seat.OrganisationId == "bib-antwerpen");
    }

    [Fact]
    public async Task FindPerson_IdInUpperCase_FindsTheSamePerson()
    {
        var person = await _directory.FindPersonAsync(DemoUser.Bram.AadObjectId.ToUpperInvariant(), CancellationToken.None);

        Assert.Equal("Bram Claes", person?.Name);
    }

    [Fact]
    public async Task FindPerson_Unknown_ReturnsNull()
    {
        Assert.Null(await _directory.FindPersonAsync("00000000-0000-0000-0000-000000000000", CancellationToken.None));
        Assert.Null(await _directory.FindContactAsync(string.Empty, CancellationToken.None));
        Assert.Null(await _directory.FindOrganisationAsync("bestaat-niet", CancellationToken.None));
    }

    [Fact]
    public async Task Organisations_Demo_CoverEveryProvinceBothSizesAndBothKinds()
    {
        var organisations = await _directory.GetOrganisationsAsync(CancellationToken.None);

        Assert.True(organisations.Count >= 12);
        Assert.All(Enum.GetValues<Province>(), p => Assert.Contains(organisations, o => o.Province == p));
        Assert.Contains(organisations, o => o.Size == SizeClass.Klein);
        Assert.Contains(organisations, o => o.Kind == OrganisationKind.CultuurOfGemeenschapscentrum);
        Assert.Contains(organisations, o => o.IsRegional);
        Assert.Contains(organisations, o => o.IsPilot);
    }

    [Fact]
    public async Task GetCooperants_Basis_AreExactlyTheOrganisationsTakingOneOfItsServices()
    {
        var cooperants = await _directory.GetCooperantsAsync(Basis, CancellationToken.None);
        var beleven = await _directory.GetCooperantsAsync("beleven", CancellationToken.None);

        Assert.Contains(cooperants, o => o.Id == "bib-antwerpen");
        Assert.DoesNotContain(cooperants, o => o.Id == "cc-genk");
        Assert.Equal(12, cooperants.Count);
        Assert.Equal(["bib-gent", "bib-hasselt", "bib-maaseik", "bib-mechelen"], beleven.Select(o => o.Id).Order());
    }

    [Fact]
    public async Task GetServices_Basis_UsesTheCatalogIds()
    {
        var services = await _directory.GetServicesAsync(Basis, CancellationToken.None);

        Assert.Equal(
            SteeringGroupCatalog.Find("basisinfrastructuur-digitale-bibliotheek")!.ServiceIds.Order(),
            services.Select(s => s.Id).Order());
    }

    [Fact]
    public async Task GetRepresentatives_Antwerpen_IsFienWithHerTeamsId()
    {
        var representatives = await _directory.GetRepresentativesAsync("bib-antwerpen", CancellationToken.None);

        var fien = Assert.Single(representatives);
        Assert.Equal(DemoUser.NonMember.TeamsId, fien.TeamsUserId);
        Assert.Equal("fien.desmet@bibliotheek.antwerpen.be", fien.Person.Email);
    }

    [Theory]
    [InlineData(ConfirmingBody.Directie, 2)]
    [InlineData(ConfirmingBody.FinancieelComite, 2)]
    [InlineData(ConfirmingBody.VoorzitterCultuurconnect, 1)]
    [InlineData(ConfirmingBody.RaadVanBestuur, 4)]
    public async Task GetBody_Demo_HasNamedMembersAndAGroupChat(ConfirmingBody body, int members)
    {
        var contact = await _directory.GetBodyAsync(body, CancellationToken.None);

        Assert.NotNull(contact);
        Assert.Equal(members, contact.Members.Count);
        Assert.All(contact.Members, m => Assert.StartsWith("user-id-", m.TeamsUserId, StringComparison.Ordinal));
        Assert.All(contact.Members, m => Assert.NotEqual(m.Person.AadObjectId, m.Person.Name));
        Assert.Equal(new ConversationTarget("group-chat-id", null, DemoUser.TenantId), contact.Conversation);
    }

    [Fact]
    public async Task GetCommunityManager_Demo_IsGoedeleWithConversation()
    {
        var manager = await _directory.GetCommunityManagerAsync(CancellationToken.None);

        Assert.NotNull(manager);
        Assert.Equal("Goedele Verhaegen", manager.Person.Person.Name);
        Assert.Equal("user-id-6", manager.Person.TeamsUserId);
        Assert.Equal("group-chat-id", manager.Conversation?.ConversationId);
    }

    [Fact]
    public async Task GetOrganisationConversation_OnlyWhereRecorded()
    {
        var antwerpen = await _directory.GetOrganisationConversationAsync("bib-antwerpen", CancellationToken.None);

        Assert.Equal(DemoUser.TeamId, antwerpen?.ConversationId);
        Assert.Null(await _directory.GetOrganisationConversationAsync("bib-gent", CancellationToken.None));
        Assert.Null(await _directory.GetOrganisationConversationAsync("bestaat-niet", CancellationToken.None));
    }

    [Fact]
    public async Task WorkingGroupsAndPersonSeats_Demo_AreReadBack()
    {
        var groups = await _directory.GetWorkingGroupsAsync(Basis, CancellationToken.None);
        var chairSeats = await _directory.GetSeatsOfPersonAsync(DemoUser.Chair.AadObjectId, CancellationToken.None);

        Assert.Equal(["Werkgroep Bibliotheeksysteem", "Werkgroep Bibliotheekwebsites", "Werkgroep Open Vlacc"], groups.Select(g => g.Name).Order());
        Assert.Equal([Basis, "inspireren"], chairSeats.Select(s => s.Seat.SteeringGroupId).Order());
    }

    [Fact]
    public async Task Seed_RunTwice_ChangesNothing()
    {
        var before = await SnapshotAsync();

        await _app.GetService<DemoRegistry>().SeedAsync(DemoRegistry.DefaultPath, CancellationToken.None);

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task UpsertOrganisation_ReplacedWithoutConversation_ClearsTheConversation()
    {
        var writer = _app.GetService<RegistryWriter>();
        var organisation = new Organisation("bib-test", "Bibliotheek Test", OrganisationKind.Bibliotheek, Province.Limburg, SizeClass.Klein, false, false, new HashSet<string> { "bieblo" });

        await writer.UpsertOrganisationsAsync([(organisation, new ConversationTarget("19:x@thread.tacv2", null, DemoUser.TenantId))], CancellationToken.None);
        Assert.NotNull(await _directory.GetOrganisationConversationAsync("bib-test", CancellationToken.None));
        await writer.UpsertOrganisationsAsync([(organisation, null)], CancellationToken.None);

        Assert.Null(await _directory.GetOrganisationConversationAsync("bib-test", CancellationToken.None));
        Assert.Equal(organisation.Services, (await _directory.FindOrganisationAsync("bib-test", CancellationToken.None))!.Services);
    }

    [Fact]
    public async Task UpsertSeats_SameInstance_VisibleAtOnceDespiteTheCache()
    {
        var seats = await _directory.GetSeatsAsync("beleven", CancellationToken.None);
        var newSeat = Seat.Propose("beleven-new", "beleven", DemoUser.NonMember.AadObjectId, "bib-antwerpen", SeatRole.Lid, DateTimeOffset.UtcNow, Experience.Nieuw);

        await _app.GetService<RegistryWriter>().UpsertSeatsAsync([new MemberSeat(newSeat, DemoUser.NonMember.Name, DemoUser.NonMember.TeamsId)], CancellationToken.None);

        Assert.Equal(seats.Count + 1, (await _directory.GetSeatsAsync("beleven", CancellationToken.None)).Count);
    }

    private async Task<string> SnapshotAsync()
    {
        var parts = new List<string>();
        foreach (var group in await _directory.GetSteeringGroupsAsync(CancellationToken.None))
        {
            var seats = await _directory.GetSeatsAsync(group.Id, CancellationToken.None);
            parts.Add($"{group.Id}:{seats.Count}:{string.Join(',', seats.Select(s => s.Seat.Id).Order())}");
        }

        parts.Add(string.Join(',', (await _directory.GetOrganisationsAsync(CancellationToken.None)).Select(o => o.Id).Order()));
        return string.Join('|', parts);
    }
}
