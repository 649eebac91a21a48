namespace CoopBot.Domain.Text;

/// <summary>Joins words the way a Dutch sentence lists them: "a", "a en b", "a, b en c".</summary>
internal static class DutchList
{
    public static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " en " + list[^1],
        };
    }
}
