namespace CoopBot.Cards.Tests;

public class CardTextTests
{
    [Theory]
    [InlineData("Gewone tekst", "Gewone tekst")]
    [InlineData("**vet** en _schuin_", @"\*\*vet\*\* en \_schuin\_")]
    [InlineData("# Kop", @"\# Kop")]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("1. eerste", @"1\. eerste")]
    [InlineData("2) tweede", @"2\) tweede")]
    [InlineData("> citaat", @"\> citaat")]
    [InlineData("Titel\n===", "Titel\n\\=\\=\\=")]
    [InlineData("[klik](https://evil.example)", @"\[klik\]\(https://evil\.example\)")]
    [InlineData("![img](x.png)", @"\!\[img\]\(x\.png\)")]
    [InlineData("<at>Ann</at>", @"\<at\>Ann\</at\>")]
    [InlineData("<b>bold</b>", @"\<b\>bold\</b\>")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData("~~weg~~", @"\~\~weg\~\~")]
    [InlineData("a | b", @"a \| b")]
    [InlineData("{{DATE(2026-01-01)}}", @"\{\{DATE\(2026\-01\-01\)\}\}")]
    [InlineData(@"C:\pad\*", @"C:\\pad\\\*")]
    [InlineData("&lt;b&gt;", @"\&lt;b\&gt;")]
    [InlineData("R&D", @"R\&D")]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("Één café 😀", "Één café 😀")]
    [InlineData("", "")]
    public void Literal_MarkdownAndHtml_Escaped(string input, string expected)
    {
        Assert.Equal(expected, CardText.Literal(input));
    }

    [Theory]
    [InlineData("kort", 10, "kort")]
    [InlineData("precies10!", 10, "precies10!")]
    [InlineData("een lange titel", 10, "een lange…")]
    [InlineData("een   spatie", 6, "een…")]
    [InlineData("abc", 1, "…")]
    [InlineData("ab😀cd", 4, "ab…")]
    [InlineData("😀😀😀", 5, "😀😀…")]
    [InlineData("e\u0301e\u0301e\u0301", 4, "e\u0301…")]
    public void Truncate_LongText_CutsWithEllipsisWithoutSplittingCharacters(string input, int max, string expected)
    {
        var result = CardText.Truncate(input, max);

        Assert.Equal(expected, result);
        Assert.True(result.Length <= max, $"{result.Length} > {max}");
    }

    [Fact]
    public void Truncate_MaxBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CardText.Truncate("abc", 0));
    }

    [Fact]
    public void Literal_WithMaxLength_TruncatesBeforeEscaping()
    {
        Assert.Equal(@"\*\*\*…", CardText.Literal("******", 4));
    }
}
