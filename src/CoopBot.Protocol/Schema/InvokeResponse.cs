namespace CoopBot.Protocol.Schema;

/// <summary>The HTTP answer to an invoke activity: the status code and JSON body of the response.</summary>
public class InvokeResponse
{
    /// <summary>HTTP status code.</summary>
    public int Status { get; set; }

    /// <summary>Body, serialized with <see cref="ProtocolJson.Options"/>; null for no body.</summary>
    public object? Body { get; set; }
}
