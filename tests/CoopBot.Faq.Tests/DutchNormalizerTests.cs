using CoopBot.Faq.Text;

namespace CoopBot.Faq.Tests;

public class DutchNormalizerTests
{
    [Theory]
    [InlineData("Coöperatief", "cooperatief")]
    [InlineData("coöperanten, geëngageerd én financiële", "cooperanten geengageerd en financiele")]
    [InlineData("Financieel comité — Raad van Bestuur!", "financieel comite raad van bestuur")]
    [InlineData("  Wat   is   een dienst?? ", "wat is een dienst")]
    [InlineData("Bestaat het besluitvormingsproces enkel 'digitaal'?", "bestaat het besluitvormingsproces enkel digitaal")]
    [InlineData("cultuur- en gemeenschapscentra", "cultuur en gemeenschapscentra")]
    [InlineData("e-boeken en R&D-projecten", "eboeken en rd projecten")]
    [InlineData("Connect & Co", "connect co")]
    [InlineData("Straße", "strasse")]
    public void Normalize_Text_FoldsCaseDiacriticsAndPunctuation(string input, string expected)
    {
        Assert.Equal(expected, DutchNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("meer dan 50.000 € excl. btw", "meer dan 50.000 euro excl btw")]
    [InlineData("boven 85k?", "boven 85k")]
    [InlineData("209.000,50 euro", "209.000,50 euro")]
    [InlineData("1 à 3 keer per jaar", "1 a 3 keer per jaar")]
    [InlineData("€50.000", "euro 50.000")]
    [InlineData("het jaar 2018.", "het jaar 2018")]
    public void Normalize_Numbers_KeepsThemWhole(string input, string expected)
    {
        Assert.Equal(expected, DutchNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("50.000", "50000")]
    [InlineData("50,000", "50000")]
    [InlineData("85k", "85000")]
    [InlineData("209.000", "209000")]
    [InlineData("1.000.000", "1000000")]
    [InlineData("3,5", "3,5")]
    [InlineData("2018", "2018")]
    [InlineData("cata2020", "cata2020")]
    [InlineData("12.34.5", "12.34.5")]
    public void Canonicalize_Amounts_DropsGroupSeparatorsAndExpandsK(string token, string expected)
    {
        Assert.Equal(expected, NumberTokens.Canonicalize(token));
    }

    [Fact]
    public void ContentWords_AmountAndAbbreviations_AddHintAndExpandSynonyms()
    {
        var words = TextAnalyzer.ContentWords("Mag de RvB van de bib 85k uitgeven?");

        Assert.Equal(["raad", "bestuur", "bibliotheek", "85000", TextAnalyzer.AmountHint, "uitgeven"], words);
    }

    [Fact]
    public void ContentWords_SeparableVerbVoorzitten_AddsVoorzitter()
    {
        Assert.Contains("voorzitter", TextAnalyzer.ContentWords("Wie zit de stuurgroepen voor?"));
        Assert.DoesNotContain("voorzitter", TextAnalyzer.ContentWords("Wie zit er in de stuurgroep voor bibliotheken?"));
    }
}
