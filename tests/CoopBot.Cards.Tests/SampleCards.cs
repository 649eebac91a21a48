using System.Text.Json.Nodes;

namespace CoopBot.Cards.Tests;

/// <summary>Test-data builders: one card that uses every element and action type the library offers.</summary>
internal static class SampleCards
{
    public static readonly IReadOnlyList<string> Members = [.. Enumerable.Range(1, 12).Select(i => $"29:member-{i}")];

    public static AdaptiveCard Rich() => new AdaptiveCard
    {
        Msteams = TeamsCardInfo.FullWidth,
        FallbackText = "Stemming: begroting 2026",
        Speak = "Stemming over de begroting",
        Refresh = new Refresh(new ActionExecute { Verb = "decisions.refresh", Data = new { decisionId = "d-1" } }, Members),
    }
    .AddBody(
        TextBlock.Heading("Stemming: begroting 2026"),
        TextBlock.Literal("Voorstel van *Jan* <at>Ann</at> [link](https://x) # 1. - _test_"),
        new RichTextBlock(new TextRun("Deadline ") { Weight = TextWeight.Bolder }, new TextRun("vrijdag") { Italic = true, Color = TextColor.Attention }),
        new Container(new TextBlock("In behandeling") { IsSubtle = true, Size = TextSize.Small })
        {
            Style = ContainerStyle.Emphasis,
            Bleed = true,
            Spacing = Spacing.Medium,
            Separator = true,
        },
        new ColumnSet(
            new Column(new Image(new Uri("https://example.org/avatar.png"), "Avatar") { Size = ImageSize.Small, Style = ImageStyle.Person })
            {
                Width = ColumnWidth.Auto,
            },
            new Column(new TextBlock("Ingediend door Ann"), new TextBlock("2 dagen geleden") { IsSubtle = true, Spacing = Spacing.None })
            {
                Width = ColumnWidth.Stretch,
                VerticalContentAlignment = VerticalAlignment.Center,
            },
            new Column(new TextBlock("€ 12.500,00") { HorizontalAlignment = HorizontalAlignment.Right }) { Width = ColumnWidth.Weight(2) }),
        new FactSet(new Fact("Bedrag", "€ 12.500,00"), Fact.Literal("Titel", "Nieuwe *server*"), new Fact("Quorum", "7 van 12")),
        Tally(),
        new InputChoiceSet("vote", new Choice("Voor", "for"), new Choice("Tegen", "against"), new Choice("Onthouding", "abstain"))
        {
            Label = "Jouw stem",
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = "Kies een optie.",
        },
        new InputText("comment") { Label = "Toelichting", Placeholder = "Optioneel", IsMultiline = true, MaxLength = 500 },
        new InputDate("meetingDate") { Label = "Datum", Min = new DateOnly(2026, 1, 1), Value = new DateOnly(2026, 3, 15) },
        new InputTime("meetingTime") { Label = "Tijd", Value = new TimeOnly(14, 30) },
        new InputNumber("amount") { Label = "Bedrag (€)", Min = 0, Max = 50_000, Value = 12_500.5 },
        new InputToggle("nda", "Ik heb de NDA gelezen") { Label = "NDA", ValueOn = "yes", ValueOff = "no" },
        new TextBlock("Details verborgen") { Id = "details", IsVisible = false },
        new ActionSet(new ActionToggleVisibility("Toon details", "details"), new ActionOpenUrl("Open document", new Uri("https://example.org/doc"))))
    .AddActions(
        new ActionExecute
        {
            Title = "Stem",
            Verb = "decisions.vote",
            Data = new JsonObject { ["decisionId"] = "d-1" },
            Style = ActionStyle.Positive,
            AssociatedInputs = AssociatedInputs.Auto,
        },
        new ActionShowCard("Bezwaar", new AdaptiveCard().AddBody(new InputText("objection") { Label = "Bezwaar" }).AddActions(
            new ActionSubmit { Title = "Verstuur", Data = new { action = "object" } })),
        new ActionExecute { Title = "Annuleer", Verb = "decisions.cancel", AssociatedInputs = AssociatedInputs.None, IsEnabled = false });

    public static Table Tally() => new()
    {
        Columns = { new TableColumnDefinition(3), new TableColumnDefinition(1) { HorizontalCellContentAlignment = HorizontalAlignment.Right } },
        Rows =
        {
            new TableRow(new TableCell(new TextBlock("Keuze")), new TableCell(new TextBlock("Stemmen"))) { Style = ContainerStyle.Accent },
            new TableRow(new TableCell(new TextBlock("Voor")), new TableCell(new TextBlock("7"))),
            new TableRow(new TableCell(new TextBlock("Tegen")) { Style = ContainerStyle.Attention }, new TableCell(new TextBlock("2"))),
        },
        GridStyle = ContainerStyle.Default,
        VerticalCellContentAlignment = VerticalAlignment.Center,
    };
}
