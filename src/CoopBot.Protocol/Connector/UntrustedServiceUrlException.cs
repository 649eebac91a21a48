namespace CoopBot.Protocol.Connector;

/// <summary>A Connector call was attempted to a serviceUrl that no validated activity carried.</summary>
public sealed class UntrustedServiceUrlException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UntrustedServiceUrlException()
        : base("The serviceUrl is not trusted.")
    {
    }

    /// <summary>Creates the exception for <paramref name="serviceUrl"/>.</summary>
    public UntrustedServiceUrlException(string? serviceUrl)
        : base($"The serviceUrl '{serviceUrl}' was not seen on a validated activity; the bot only calls serviceUrls it received.")
    {
        ServiceUrl = serviceUrl;
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The refused serviceUrl.</summary>
    public string? ServiceUrl { get; }
}
