namespace CoopBot.Cards.Tests;

public class ElementSerializationTests
{
    [Fact]
    public void TextBlock_AllProperties_WrittenInSchemaSpelling()
    {
        var block = new TextBlock("t")
        {
            Id = "i", Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention, IsSubtle = true,
            FontType = FontType.Monospace, HorizontalAlignment = HorizontalAlignment.Center, MaxLines = 3, Style = TextBlockStyle.Heading,
            Spacing = Spacing.ExtraLarge, Separator = true, IsVisible = false,
        };

        JsonAssert.Element(
            """
            {"type":"TextBlock","id":"i","text":"t","wrap":true,"size":"ExtraLarge","weight":"Bolder","color":"Attention",
             "isSubtle":true,"fontType":"Monospace","horizontalAlignment":"Center","maxLines":3,"style":"heading",
             "spacing":"ExtraLarge","separator":true,"isVisible":false}
            """,
            block);
    }

    [Fact]
    public void TextBlock_Helpers_HeadingAndLiteral()
    {
        JsonAssert.Element("""{"type":"TextBlock","text":"H","wrap":true,"size":"Large","weight":"Bolder","style":"heading"}""", TextBlock.Heading("H"));
        JsonAssert.Element("""{"type":"TextBlock","text":"\\*a\\*","wrap":true}""", TextBlock.Literal("*a*"));
        JsonAssert.Element("""{"type":"TextBlock","text":"ab…","wrap":true}""", TextBlock.Literal("abcdef", 3));
        JsonAssert.Element("""{"type":"TextBlock","text":"x"}""", new TextBlock("x") { Wrap = null });
    }

    [Fact]
    public void RichTextBlock_Runs_WriteTextRunType()
    {
        var block = new RichTextBlock(new TextRun("a") { Italic = true, Strikethrough = true, Highlight = true, Underline = true, Size = TextSize.Small })
        {
            HorizontalAlignment = HorizontalAlignment.Right,
        };

        JsonAssert.Element(
            """
            {"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"a","size":"Small","italic":true,"strikethrough":true,
             "highlight":true,"underline":true}],"horizontalAlignment":"Right"}
            """,
            block);
    }

    [Fact]
    public void Container_StyleAndItems_LowerCaseStyle()
    {
        var container = new Container(new TextBlock("a")) { Style = ContainerStyle.Good, Bleed = true, VerticalContentAlignment = VerticalAlignment.Bottom };

        JsonAssert.Element(
            """{"type":"Container","items":[{"type":"TextBlock","text":"a","wrap":true}],"style":"good","bleed":true,"verticalContentAlignment":"Bottom"}""",
            container);
    }

    [Fact]
    public void Container_NoItems_OmitsEmptyList()
    {
        JsonAssert.Element("""{"type":"Container"}""", new Container());
    }

    [Fact]
    public void ColumnSet_Widths_KeywordsNumbersAndPixels()
    {
        var set = new ColumnSet(
            new Column { Width = ColumnWidth.Auto, Id = "c" },
            new Column { Width = ColumnWidth.Stretch, Spacing = Spacing.Small, Separator = true },
            new Column { Width = ColumnWidth.Weight(2), Style = ContainerStyle.Emphasis, Bleed = true },
            new Column { Width = ColumnWidth.Pixels(50), VerticalContentAlignment = VerticalAlignment.Center })
        {
            Style = ContainerStyle.Accent,
        };

        JsonAssert.Element(
            """
            {"type":"ColumnSet","columns":[{"type":"Column","id":"c","width":"auto"},
             {"type":"Column","width":"stretch","spacing":"Small","separator":true},
             {"type":"Column","width":2,"style":"emphasis","bleed":true},
             {"type":"Column","width":"50px","verticalContentAlignment":"Center"}],"style":"accent"}
            """,
            set);
    }

    [Fact]
    public void FactSet_Facts_TitleValuePairs()
    {
        JsonAssert.Element(
            """{"type":"FactSet","facts":[{"title":"a","value":"b"},{"title":"c","value":"\\_d\\_"}]}""",
            new FactSet(new Fact("a", "b"), Fact.Literal("c", "_d_")));
    }

    [Fact]
    public void Image_UrlSizeStyle_Written()
    {
        var image = new Image(new Uri("https://example.org/a.png"), "alt") { Size = ImageSize.Medium, Style = ImageStyle.Person, HorizontalAlignment = HorizontalAlignment.Left };

        JsonAssert.Element(
            """{"type":"Image","url":"https://example.org/a.png","altText":"alt","size":"Medium","style":"Person","horizontalAlignment":"Left"}""",
            image);
    }

    [Fact]
    public void ActionSet_Actions_Polymorphic()
    {
        JsonAssert.Element(
            """{"type":"ActionSet","actions":[{"type":"Action.Execute","title":"a","verb":"v"}]}""",
            new ActionSet(new ActionExecute { Title = "a", Verb = "v" }));
    }

    [Fact]
    public void Table_ColumnsRowsCells_Written()
    {
        var table = new Table
        {
            Columns = { new TableColumnDefinition(2) { HorizontalCellContentAlignment = HorizontalAlignment.Right } },
            Rows = { new TableRow(new TableCell(new TextBlock("a")) { Style = ContainerStyle.Warning, VerticalContentAlignment = VerticalAlignment.Top }) { Style = ContainerStyle.Attention } },
            FirstRowAsHeaders = false,
            ShowGridLines = false,
            GridStyle = ContainerStyle.Accent,
            HorizontalCellContentAlignment = HorizontalAlignment.Center,
            VerticalCellContentAlignment = VerticalAlignment.Bottom,
        };

        JsonAssert.Element(
            """
            {"type":"Table","columns":[{"width":2,"horizontalCellContentAlignment":"Right"}],
             "rows":[{"type":"TableRow","cells":[{"type":"TableCell","items":[{"type":"TextBlock","text":"a","wrap":true}],
               "style":"warning","verticalContentAlignment":"Top"}],"style":"attention"}],
             "firstRowAsHeaders":false,"showGridLines":false,"gridStyle":"accent",
             "horizontalCellContentAlignment":"Center","verticalCellContentAlignment":"Bottom"}
            """,
            table);
    }

    [Fact]
    public void TableColumnDefinition_NonPositiveWidth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableColumnDefinition(0));
    }

    [Fact]
    public void ColumnWidth_NonPositive_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Weight(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ColumnWidth.Pixels(-1));
    }
}
