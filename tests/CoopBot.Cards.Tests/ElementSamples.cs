namespace CoopBot.Cards.Tests;

/// <summary>One minimal-but-complete instance of every element and action type.</summary>
internal static class ElementSamples
{
    public static IEnumerable<CardElement> All() =>
    [
        new TextBlock("x") { Size = TextSize.ExtraLarge, Weight = TextWeight.Lighter, Color = TextColor.Good, FontType = FontType.Monospace, MaxLines = 2 },
        new RichTextBlock(new TextRun("x") { Strikethrough = true, Highlight = true, Underline = true, FontType = FontType.Monospace }),
        new Container(new TextBlock("x")) { Style = ContainerStyle.Warning, VerticalContentAlignment = VerticalAlignment.Bottom },
        new ColumnSet(new Column(new TextBlock("x")) { Width = ColumnWidth.Pixels(80), Style = ContainerStyle.Good }) { HorizontalAlignment = HorizontalAlignment.Center },
        new FactSet(new Fact("a", "b")),
        new Image(new Uri("https://example.org/a.png"), "a") { Size = ImageSize.Stretch, HorizontalAlignment = HorizontalAlignment.Center },
        new ActionSet(new ActionOpenUrl("x", new Uri("https://example.org"))),
        SampleCards.Tally(),
        new InputText("t") { Style = TextInputStyle.Email, Regex = "^.+@.+$", Value = "a@b.c", IsRequired = true, Label = "E-mail", ErrorMessage = "Ongeldig" },
        new InputChoiceSet("c", new Choice("a", "a"), new Choice("b", "b")) { Style = ChoiceInputStyle.Filtered, IsMultiSelect = true, Value = "a,b", Wrap = true },
        new InputDate("d") { Max = new DateOnly(2030, 12, 31), Placeholder = "dd-mm-jjjj" },
        new InputTime("tm") { Min = new TimeOnly(8, 0), Max = new TimeOnly(18, 0) },
        new InputNumber("n") { Placeholder = "0" },
        new InputToggle("tg", "x") { Value = "true", Wrap = true },
        new ChartHorizontalBar
        {
            Title = "Stemmen",
            Data = [new HorizontalBarDataPoint("Voor", 3) { Color = ChartColor.Good }, new HorizontalBarDataPoint("Tegen", 1)],
            DisplayMode = HorizontalBarDisplayMode.PartToWhole,
            Fallback = new FactSet(new Fact("Voor", "3"), new Fact("Tegen", "1")),
        },
        new ChartDonut { Data = [new DonutDataPoint("Akkoord", 2)], ColorSet = ChartColorSet.Diverging, Fallback = new TextBlock("Akkoord: 2") },
        new ChartGauge
        {
            Value = 3,
            Min = 0,
            Max = 4,
            ValueFormat = GaugeValueFormat.Fraction,
            SubLabel = "3 van 4",
            Segments = [new GaugeSegment("Gestemd", 3) { Color = ChartColor.Good }, new GaugeSegment("Niet gestemd", 1) { Color = ChartColor.Neutral }],
            Fallback = new TextBlock("3 van 4"),
        },
    ];
}

/// <summary>One instance of every action type.</summary>
internal static class ActionSamples
{
    public static IEnumerable<CardAction> All() =>
    [
        new ActionExecute { Title = "x", Verb = "v", Data = new { id = 1 }, Style = ActionStyle.Destructive, Tooltip = "t", Id = "a1" },
        new ActionSubmit { Title = "x", Data = new { msteams = new { type = "task/fetch" } }, AssociatedInputs = AssociatedInputs.None },
        new ActionOpenUrl("x", new Uri("https://example.org")) { IconUrl = new Uri("https://example.org/i.png") },
        new ActionShowCard("x", new AdaptiveCard().AddBody(new TextBlock("x"))),
        new ActionToggleVisibility("x") { TargetElements = { new TargetElement("a", IsVisible: true) } },
    ];
}
