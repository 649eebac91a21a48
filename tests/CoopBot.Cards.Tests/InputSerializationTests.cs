namespace CoopBot.Cards.Tests;

public class InputSerializationTests
{
    [Fact]
    public void InputText_AllProperties_IdAndLabelFirst()
    {
        var input = new InputText("c")
        {
            Label = "L", Placeholder = "p", IsMultiline = true, MaxLength = 10, IsRequired = true, ErrorMessage = "e",
            Value = "v", Regex = "^a$", Style = TextInputStyle.Password,
        };

        JsonAssert.Element(
            """
            {"type":"Input.Text","id":"c","label":"L","placeholder":"p","isMultiline":true,"maxLength":10,"value":"v",
             "regex":"^a$","style":"Password","isRequired":true,"errorMessage":"e"}
            """,
            input);
    }

    [Fact]
    public void InputChoiceSet_Choices_StyleLowerCase()
    {
        var input = new InputChoiceSet("s", new Choice("A", "a"), new Choice("B", "b"))
        {
            Style = ChoiceInputStyle.Compact, IsMultiSelect = true, Value = "a,b", Placeholder = "p", Wrap = true, IsRequired = true, ErrorMessage = "e",
        };

        JsonAssert.Element(
            """
            {"type":"Input.ChoiceSet","id":"s","choices":[{"title":"A","value":"a"},{"title":"B","value":"b"}],"style":"compact",
             "isMultiSelect":true,"value":"a,b","placeholder":"p","wrap":true,"isRequired":true,"errorMessage":"e"}
            """,
            input);
    }

    [Fact]
    public void InputDate_Values_IsoDates()
    {
        var input = new InputDate("d") { Value = new DateOnly(2026, 2, 3), Min = new DateOnly(2026, 1, 1), Max = new DateOnly(2026, 12, 31), Placeholder = "p" };

        JsonAssert.Element("""{"type":"Input.Date","id":"d","value":"2026-02-03","min":"2026-01-01","max":"2026-12-31","placeholder":"p"}""", input);
    }

    [Fact]
    public void InputTime_Values_HourMinuteWithoutSeconds()
    {
        var input = new InputTime("t") { Value = new TimeOnly(9, 5, 59), Min = new TimeOnly(8, 0), Max = new TimeOnly(17, 30) };

        JsonAssert.Element("""{"type":"Input.Time","id":"t","value":"09:05","min":"08:00","max":"17:30"}""", input);
    }

    [Fact]
    public void InputNumber_MinMaxValue_Numbers()
    {
        JsonAssert.Element(
            """{"type":"Input.Number","id":"n","value":2.5,"min":0,"max":10,"placeholder":"p"}""",
            new InputNumber("n") { Value = 2.5, Min = 0, Max = 10, Placeholder = "p" });
    }

    [Fact]
    public void InputToggle_TitleAndValues_Written()
    {
        JsonAssert.Element(
            """{"type":"Input.Toggle","id":"t","title":"T","value":"y","valueOn":"y","valueOff":"n","wrap":true}""",
            new InputToggle("t", "T") { Value = "y", ValueOn = "y", ValueOff = "n", Wrap = true });
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void InputText_BlankId_Throws(string id)
    {
        Assert.Throws<ArgumentException>(() => new InputText(id));
    }
}
