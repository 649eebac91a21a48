namespace CoopBot.Protocol.Schema;

/// <summary>An @mention entity: <c>{type:"mention", mentioned:{id,name}, text:"&lt;at&gt;Name&lt;/at&gt;"}</c>.</summary>
public class Mention : Entity
{
    /// <summary>The entity type of a mention.</summary>
    public const string EntityType = "mention";

    /// <summary>Creates a mention entity.</summary>
    public Mention()
    {
        Type = EntityType;
    }

    /// <summary>The mentioned account.</summary>
    public ChannelAccount? Mentioned { get; set; }

    /// <summary>The exact text of the mention inside the message text, usually <c>&lt;at&gt;Name&lt;/at&gt;</c>.</summary>
    public string? Text { get; set; }
}
