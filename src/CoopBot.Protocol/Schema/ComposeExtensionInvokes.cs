namespace CoopBot.Protocol.Schema;

/// <summary>Invoke names of message extensions (compose box, command box and message actions).</summary>
public static class ComposeExtensionInvokes
{
    /// <summary>An action command asks for its dialog.</summary>
    public const string FetchTask = "composeExtension/fetchTask";

    /// <summary>The dialog of an action command was submitted.</summary>
    public const string SubmitAction = "composeExtension/submitAction";

    /// <summary>A search command's text changed.</summary>
    public const string Query = "composeExtension/query";

    /// <summary>A link on one of the app's domains was pasted (link unfurling).</summary>
    public const string QueryLink = "composeExtension/queryLink";
}
