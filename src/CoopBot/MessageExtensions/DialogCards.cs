using System.Text.Json;
using System.Text.Json.Nodes;
using CoopBot.Cards;

namespace CoopBot.MessageExtensions;

/// <summary>
/// Shows a card that was built for a message (Action.Execute buttons) in a dialog. Dialogs only submit with
/// Action.Submit, which Teams delivers as <c>composeExtension/submitAction</c>; the verb travels in the submitted data.
/// </summary>
internal static class DialogCards
{
    public const string VerbKey = "verb";

    public static AdaptiveCard ForDialog(AdaptiveCard card) => card with
    {
        Body = [.. card.Body.Select(e => e is ActionSet set ? set with { Actions = [.. set.Actions.Select(ToSubmit)] } : e)],
        Actions = [.. card.Actions.Select(ToSubmit)],
        Refresh = null,
    };

    private static CardAction ToSubmit(CardAction action) => action switch
    {
        ActionExecute execute => new ActionSubmit { Title = execute.Title, Style = execute.Style, Id = execute.Id, Data = WithVerb(execute.Data, execute.Verb) },
        ActionShowCard show => show with { Card = ForDialog(show.Card) },
        _ => action,
    };

    private static JsonObject WithVerb(object? data, string verb)
    {
        var json = data is null ? new JsonObject() : JsonSerializer.SerializeToNode(data, data.GetType(), AdaptiveCardSerializer.Options)?.AsObject() ?? new JsonObject();
        json[VerbKey] = verb;
        return json;
    }
}
