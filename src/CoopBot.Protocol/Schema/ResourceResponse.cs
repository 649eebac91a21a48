namespace CoopBot.Protocol.Schema;

/// <summary>The id of a resource the Connector created or changed.</summary>
public class ResourceResponse
{
    /// <summary>Resource id, e.g. the id of a sent activity.</summary>
    public string? Id { get; set; }
}
