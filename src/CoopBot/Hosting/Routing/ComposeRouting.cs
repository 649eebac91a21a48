using CoopBot.Protocol.Schema;

namespace CoopBot.Hosting.Routing;

/// <summary>The command id every compose-extension invoke value carries.</summary>
internal sealed record ComposeCommandValue(string? CommandId);

/// <summary>Answers of the router to compose-extension invokes it cannot route: in the shape that invoke expects.</summary>
internal static class ComposeRouting
{
    /// <summary>A search gets a message in its result area; an action command a message in (or instead of) its dialog.</summary>
    public static InvokeResponse UnknownCommand(string invokeName) =>
        invokeName == ComposeExtensionInvokes.Query
            ? ComposeExtensionResponseFactory.ResultMessage(RoutingTexts.UnknownComposeCommand)
            : ComposeExtensionResponseFactory.DialogMessage(RoutingTexts.UnknownComposeCommand);
}
