namespace CoopBot.Protocol.Schema;

/// <summary>The <c>value</c> of a <c>composeExtension/query</c> invoke (a search command).</summary>
public class MessagingExtensionQuery
{
    /// <summary>The command's id from the manifest.</summary>
    public string? CommandId { get; set; }

    /// <summary>The parameters as typed; Teams sends <c>initialRun: true</c> when the search box opens empty.</summary>
    public List<MessagingExtensionParameter>? Parameters { get; set; }

    /// <summary>Paging.</summary>
    public MessagingExtensionQueryOptions? QueryOptions { get; set; }

    /// <summary>The value of the named parameter as text, or null.</summary>
    public string? GetParameter(string name) =>
        Parameters?.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))?.Value?.ToString();
}

/// <summary>One search parameter.</summary>
public class MessagingExtensionParameter
{
    /// <summary>Parameter name from the manifest (or <c>initialRun</c>).</summary>
    public string? Name { get; set; }

    /// <summary>Its value (text, or <c>true</c> for initialRun).</summary>
    public object? Value { get; set; }
}

/// <summary>Paging of a search.</summary>
public class MessagingExtensionQueryOptions
{
    /// <summary>Results to skip.</summary>
    public int? Skip { get; set; }

    /// <summary>Results wanted.</summary>
    public int? Count { get; set; }
}

/// <summary>The <c>value</c> of a <c>composeExtension/queryLink</c> invoke (link unfurling).</summary>
public class AppBasedLinkQuery
{
    /// <summary>The pasted link.</summary>
    public string? Url { get; set; }
}
