namespace CoopBot.Tab;

// Beheer's "FAQ-formulering toevoegen" (issue 17): the refusals themselves are FaqChat's, the same as on the ticket card.
internal static partial class TabTexts
{
    public const string FaqFormIncomplete = "Dit formulier is onvolledig verstuurd. Laad de pagina opnieuw en probeer het nog eens.";

    public static string FaqPhrasingAdded(string entryQuestion) =>
        $"Formulering toegevoegd bij de vraag \"{entryQuestion}\". De FAQ beantwoordt ze voortaan met dat antwoord.";
}
