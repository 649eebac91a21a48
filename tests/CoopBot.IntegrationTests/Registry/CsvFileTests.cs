using CoopBot.Registry.Import;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>What the export writes, the import reads back unchanged: every column kind, with the awkward characters.</summary>
public sealed class CsvFileTests
{
    public static TheoryData<string[], string[]> Records => new()
    {
        // organisations: slug, name (delimiter, quote, line break, non-ASCII), enums, booleans, services joined by '|'
        {
            RegistryImport.OrganisationColumns,
            ["bib-aalst", "Bibliotheek \"De Zwaan\"; Aalst\nfiliaal Nieuwerkerken", "Bibliotheek", "Oost-Vlaanderen", "Groot", "ja", "nee", "open-vlacc|krantenarchief"]
        },
        {
            RegistryImport.OrganisationColumns,
            ["cc-westrand", "Cultuurcentrum Westrand, Dilbeek\r\n(Brussel-rand)", "CultuurOfGemeenschapscentrum", "Vlaams-Brabant", "Klein", "nee", "ja", ""]
        },
        // persons: GUID, name with quotes and a line break, e-mail, organisation, optional Teams id with ':'
        {
            RegistryImport.PersonColumns,
            ["a1c0ffee-0000-4000-8000-000000000020", "Chloë \"Cloé\" Dubois-Peeters\nzegt: ja;nee", "chloe@bib.be", "bib-aalst", "29:1a2b-3c;4d"]
        },
        {
            RegistryImport.PersonColumns,
            ["a1c0ffee-0000-4000-8000-000000000021", "\"", "", "cultuurconnect", ""]
        },
        // seats: dates, enums, empty optional fields
        {
            RegistryImport.SeatColumns,
            ["basisinfrastructuur", "a1c0ffee-0000-4000-8000-000000000020", "", "VervangendVoorzitter", "2026-01-01", "2028-01-01", "Nieuw", ""]
        },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void LineThenParse_EveryFieldKind_RestoresEveryField(string[] header, string[] fields)
    {
        var text = CsvFile.Line(header) + "\n" + CsvFile.Line(fields) + "\n";

        var (parsedHeader, rows, errors) = CsvFile.Parse(text);

        Assert.Empty(errors);
        Assert.Equal(header, parsedHeader);
        var row = Assert.Single(rows);
        Assert.Equal(2, row.Line);
        Assert.Equal(fields.Select(f => f.Trim()), header.Select(row.Get));
    }

    [Fact]
    public void Parse_RowAfterAMultiLineField_KeepsItsOwnLineNumber()
    {
        var text = "id;name\n" + CsvFile.Line(["a", "een\ntwee\ndrie"]) + "\nb;vier\nc\n";

        var (_, rows, errors) = CsvFile.Parse(text);

        Assert.Equal([(2, "een\ntwee\ndrie"), (5, "vier")], rows.Select(r => (r.Line, r.Get("name"))));
        Assert.Equal(["regel 6: 1 velden, de kopregel heeft er 2."], errors);
    }

    [Fact]
    public void Parse_CommaHeaderAndStrayQuoteInsideAField_ReadsLikeBefore()
    {
        var (header, rows, errors) = CsvFile.Parse("\uFEFFid,name\r\nx,5\" diskette\r\ny,\"a, b\"\r\n");

        Assert.Empty(errors);
        Assert.Equal(["id", "name"], header);
        Assert.Equal(["5\" diskette", "a, b"], rows.Select(r => r.Get("name")));
    }
}
