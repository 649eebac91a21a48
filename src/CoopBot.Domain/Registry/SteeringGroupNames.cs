namespace CoopBot.Domain.Registry;

/// <summary>
/// A stuurgroep's name in a sentence. Registry names often carry the word already ("Stuurgroep Beleven") while the
/// catalog's do not ("Beleven"): issue 16 §6 saw "voor de stuurgroep Stuurgroep Beleven".
/// </summary>
public static class SteeringGroupNames
{
    /// <summary>"de Stuurgroep Beleven" for a name that starts with the word, otherwise "de stuurgroep Beleven".</summary>
    public static string WithArticle(string name) =>
        name.StartsWith("Stuurgroep ", StringComparison.OrdinalIgnoreCase) ? $"de {name}" : $"de stuurgroep {name}";
}
