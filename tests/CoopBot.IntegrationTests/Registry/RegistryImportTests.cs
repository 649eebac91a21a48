using CoopBot.Cli;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using CoopBot.Registry.Import;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>"registry import" and "registry export" on real Azurite: all-or-nothing, every error with its line, idempotent.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class RegistryImportTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;
    private RegistryCli _cli = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _app = await CoopBotApp.StartAsync(azurite.Server);
        _cli = new RegistryCli(azurite.Server, _app);
        _folder = Directory.CreateTempSubdirectory("coopbot-registry-").FullName;
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Import_BrokenOrganisations_ReportsEveryErrorWithLineAndImportsNothing()
    {
        var file = Write("organisaties.csv", """
            id;name;kind;province;size;regional;pilot;services
            bib-aalst;Bibliotheek Aalst;Bibliotheek;Oost-Vlaanderen;Groot;ja;nee;open-vlacc
            Bib Fout;Bibliotheek Fout;Bibliotheek;Limburg;Klein;nee;nee;
            bib-zele;Bibliotheek Zele;Bibliotheek;Henegouwen;Middel;misschien;nee;krantenarchief|bestaat-niet
            bib-aalst;Bibliotheek Aalst bis;Bibliotheek;Oost-Vlaanderen;Groot;ja;nee;
            bib-kort;"niet gesloten;Bibliotheek;Limburg;Klein;nee;nee;
            bib-ok;Bibliotheek OK;Bibliotheek;Limburg;Klein;nee;nee
            """);

        var (code, output, _) = _cli.Run("registry", "import", file);

        Assert.Equal(CliExitCodes.Failure, code);
        string[] expected =
        [
            RegistryTexts.Invalid(3, "id", "Bib Fout", RegistryTexts.ExpectSlug),
            "regel 4: province 'Henegouwen' is ongeldig",
            "regel 4: size 'Middel' is ongeldig",
            RegistryTexts.Invalid(4, "regional", "misschien", RegistryTexts.ExpectYesNo),
            RegistryTexts.UnknownService(4, "bestaat-niet"),
            RegistryTexts.DuplicateRow(5, "organisatie", "bib-aalst"),
            RegistryTexts.UnclosedQuote(6),
            RegistryTexts.FieldCount(7, 7, 8),
        ];
        Assert.All(expected, e => Assert.Contains(CliTexts.ImportError(e), output, StringComparison.Ordinal));
        Assert.Equal(expected.Length, output.Split('\n').Count(l => l.StartsWith("FOUT ", StringComparison.Ordinal)));
        Assert.Contains("Niets geïmporteerd: 8 fout(en)", output, StringComparison.Ordinal);
        Assert.Null(await _app.GetService<IMembershipDirectory>().FindOrganisationAsync("bib-aalst", CancellationToken.None));
    }

    [Fact]
    public async Task Import_SeatsBreakingOneSeatPerLibrary_NothingImported()
    {
        var file = Write("zitjes.csv", """
            steeringGroupId;aadObjectId;organisationId;role;termStart;termEnd;experience;ratifiedOn
            beleven;a1c0ffee-0000-4000-8000-000000000005;bib-antwerpen;Lid;2026-01-01;;Nieuw;
            basisinfrastructuur;a1c0ffee-0000-4000-8000-000000000017;bib-gent;Lid;2026-01-01;;Ervaren;
            onbekend;a1c0ffee-0000-4000-8000-000000000099;;Lid;01/01/2026;2025-01-01;Oud;
            """);

        var (code, output, _) = _cli.Run("registry", "import", file);

        Assert.Equal(CliExitCodes.Failure, code);
        Assert.Contains("FOUT regel 3: Bibliotheek Gent heeft al een zitje in deze stuurgroep.", output, StringComparison.Ordinal);
        Assert.Contains("FOUT regel 4: steeringGroupId 'onbekend' is ongeldig", output, StringComparison.Ordinal);
        Assert.Contains("FOUT regel 4: aadObjectId 'a1c0ffee-0000-4000-8000-000000000099' is ongeldig", output, StringComparison.Ordinal);
        Assert.Contains("FOUT regel 4: experience 'Oud' is ongeldig", output, StringComparison.Ordinal);
        Assert.Contains("FOUT regel 4: termstart '01/01/2026' is ongeldig", output, StringComparison.Ordinal);
        var beleven = await _app.GetService<IMembershipDirectory>().GetSeatsAsync("beleven", CancellationToken.None);
        Assert.DoesNotContain(beleven, s => s.AadObjectId == DemoUser.NonMember.AadObjectId);
    }

    [Fact]
    public async Task Import_Samples_InOrder_AndAgain_ChangesNothingTheSecondTime()
    {
        string[] samples = ["organisations.csv", "persons.csv", "seats.csv"];
        foreach (var sample in samples)
        {
            var (code, output, _) = _cli.Run("registry", "import", RegistryCli.Sample(sample));
            Assert.True(code == CliExitCodes.Success, output);
        }

        var first = Export("eerste");
        foreach (var sample in samples)
        {
            Assert.Equal(CliExitCodes.Success, _cli.Run("registry", "import", RegistryCli.Sample(sample)).Code);
        }

        Assert.Equal(first, Export("tweede"));
        var directory = _app.GetService<IMembershipDirectory>();
        Assert.Equal("Cultuurcentrum Westrand, Dilbeek", (await directory.FindOrganisationAsync("cc-westrand", CancellationToken.None))?.Name);
        Assert.Contains(await directory.GetSeatsAsync("beleven", CancellationToken.None), s => s.Name == "Zeno Verlinden" && s.Seat.RatifiedOn == new DateOnly(2025, 8, 28));
    }

    [Fact]
    public void Export_ThenImportTheExport_Succeeds()
    {
        var before = Export("export");

        foreach (var name in new[] { "organisations.csv", "persons.csv", "seats.csv" })
        {
            var (code, output, _) = _cli.Run("registry", "import", Path.Combine(_folder, "export", name));
            Assert.True(code == CliExitCodes.Success, output);
        }

        Assert.Equal(before, Export("opnieuw"));
        Assert.Contains("bib-antwerpen;Bibliotheek Antwerpen;Bibliotheek;Antwerpen;Groot;nee;ja;", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_NamesWithLineBreaksQuotesAndDelimiters_ImportsAgainUnchanged()
    {
        const string organisationName = "Bibliotheek \"De Zwaan\"; Aalst\nfiliaal Nieuwerkerken";
        const string personName = "Chloë \"Cloé\" Dubois\nzegt: ja;nee";
        Import(Write("org.csv", "id;name;kind;province;size;regional;pilot;services\n" + CsvFile.Line(["bib-zwaan", organisationName, "Bibliotheek", "Oost-Vlaanderen", "Klein", "ja", "nee", "open-vlacc|krantenarchief"]) + "\n"));
        Import(Write("pers.csv", "aadObjectId;name;email;organisationId;teamsUserId\n" + CsvFile.Line(["a1c0ffee-0000-4000-8000-0000000000a1", personName, "chloe@zwaan.be", "bib-zwaan", "29:zw;aan"]) + "\n"));
        Import(Write("zit.csv", "steeringGroupId;aadObjectId;organisationId;role;termStart;termEnd;experience;ratifiedOn\nbeleven;a1c0ffee-0000-4000-8000-0000000000a1;;Lid;2026-01-01;;Nieuw;\n"));
        var before = Export("export-lastig");

        foreach (var name in new[] { "organisations.csv", "persons.csv", "seats.csv" })
        {
            Import(Path.Combine(_folder, "export-lastig", name));
        }

        Assert.Equal(before, Export("opnieuw-lastig"));
        var directory = _app.GetService<IMembershipDirectory>();
        Assert.Equal(organisationName, (await directory.FindOrganisationAsync("bib-zwaan", CancellationToken.None))?.Name);
        Assert.Contains(await directory.GetSeatsAsync("beleven", CancellationToken.None), s => s.Name == personName);
    }

    [Fact]
    public void Import_MissingFileOrArgument_FailsCleanly()
    {
        Assert.Equal(CliExitCodes.Failure, _cli.Run("registry", "import", Path.Combine(_folder, "bestaat-niet.csv")).Code);
        Assert.Equal(CliExitCodes.Usage, _cli.Run("registry", "import").Code);
    }

    private string Export(string name)
    {
        var folder = Path.Combine(_folder, name);
        var (code, output, _) = _cli.Run("registry", "export", "--out", folder);
        Assert.True(code == CliExitCodes.Success, output);
        return string.Join("\n--\n", new[] { "organisations.csv", "persons.csv", "seats.csv" }.Select(f => File.ReadAllText(Path.Combine(folder, f))));
    }

    private void Import(string path)
    {
        var (code, output, _) = _cli.Run("registry", "import", path);
        Assert.True(code == CliExitCodes.Success, output);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
