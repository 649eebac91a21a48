using CoopBot.Decisions.Contracts;

namespace CoopBot.MessageExtensions;

/// <summary>Command ids of the message extension; they must match <c>composeExtensions</c> in manifest/manifest.template.json.</summary>
internal static class MessageExtensionCommands
{
    public const string NewPoll = "nieuweStemming";
    public const string NewProposal = "nieuwVoorstel";
    public const string NewStatement = "nieuweStelling";

    /// <summary>The message action "Maak hier een voorstel van".</summary>
    public const string ProposalFromMessage = "maakVoorstel";

    /// <summary>The search command "Besluit zoeken".</summary>
    public const string Search = "besluitZoeken";

    /// <summary>The search command's one parameter.</summary>
    public const string SearchParameter = "zoekterm";

    /// <summary>The action commands that open a creation form, with the form each opens.</summary>
    public static IReadOnlyList<(string CommandId, DecisionForm Form)> CreationCommands { get; } =
    [
        (NewPoll, DecisionForms.Poll),
        (NewProposal, DecisionForms.Proposal),
        (NewStatement, DecisionForms.Statement),
        (ProposalFromMessage, DecisionForms.Proposal),
    ];
}

/// <summary>Submitted data of a dialog: the verb of the card action that submitted it, plus the form's fields.</summary>
internal sealed record DialogSubmitData(string? Verb);
