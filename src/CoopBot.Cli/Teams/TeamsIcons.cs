using System.Globalization;

namespace CoopBot.Cli.Teams;

/// <summary>
/// Draws CoopBot's two Teams icons from geometry, so they are reproducible: a ring with a check mark ("stemmen").
/// The colour icon is the white glyph on the accent colour; the outline icon is the white glyph on transparency.
/// </summary>
internal static class TeamsIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    // Supersampling per axis: 4 × 4 samples per pixel give smooth edges.
    private const int Samples = 4;

    // The glyph fills the middle 62 % of the colour icon; Teams crops the corners and wants breathing room.
    private const double ColorGlyphScale = 0.62;

    public static byte[] ColorPng(string accentColor) => Png.EncodeRgba(ColorSize, ColorSize, ColorPixels(accentColor));

    public static byte[] OutlinePng() => Png.EncodeRgba(OutlineSize, OutlineSize, OutlinePixels());

    /// <summary>RGBA pixels of the colour icon; every pixel is opaque.</summary>
    public static byte[] ColorPixels(string accentColor)
    {
        var (r, g, b) = ParseColor(accentColor);
        var pixels = new byte[ColorSize * ColorSize * 4];
        var margin = (1 - ColorGlyphScale) / 2;
        for (var y = 0; y < ColorSize; y++)
        {
            for (var x = 0; x < ColorSize; x++)
            {
                var coverage = Coverage(x, y, ColorSize, (u, v) => Glyph((u - margin) / ColorGlyphScale, (v - margin) / ColorGlyphScale));
                var i = ((y * ColorSize) + x) * 4;
                pixels[i] = Blend(r, coverage);
                pixels[i + 1] = Blend(g, coverage);
                pixels[i + 2] = Blend(b, coverage);
                pixels[i + 3] = 255;
            }
        }

        return pixels;
    }

    /// <summary>RGBA pixels of the outline icon: white everywhere, the glyph only in the alpha channel.</summary>
    public static byte[] OutlinePixels()
    {
        var pixels = new byte[OutlineSize * OutlineSize * 4];
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                var coverage = Coverage(x, y, OutlineSize, Glyph);
                var i = ((y * OutlineSize) + x) * 4;
                pixels[i] = pixels[i + 1] = pixels[i + 2] = 255;
                pixels[i + 3] = (byte)Math.Round(255 * coverage);
            }
        }

        return pixels;
    }

    public static (byte R, byte G, byte B) ParseColor(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{hex}' is not a colour like #1F6F8B.");
        }

        return ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    private static double Coverage(int x, int y, int size, Func<double, double, bool> inside)
    {
        var hits = 0;
        for (var sy = 0; sy < Samples; sy++)
        {
            for (var sx = 0; sx < Samples; sx++)
            {
                var u = (x + ((sx + 0.5) / Samples)) / size;
                var v = (y + ((sy + 0.5) / Samples)) / size;
                hits += inside(u, v) ? 1 : 0;
            }
        }

        return hits / (double)(Samples * Samples);
    }

    /// <summary>The glyph in the unit square: a ring and a check mark.</summary>
    private static bool Glyph(double u, double v)
    {
        if (u is < 0 or > 1 || v is < 0 or > 1)
        {
            return false;
        }

        var radius = Math.Sqrt(((u - 0.5) * (u - 0.5)) + ((v - 0.5) * (v - 0.5)));
        var onRing = radius is >= 0.38 and <= 0.48;
        const double halfStroke = 0.06;
        var onCheck = DistanceToSegment(u, v, 0.29, 0.52, 0.44, 0.67) <= halfStroke
            || DistanceToSegment(u, v, 0.44, 0.67, 0.72, 0.36) <= halfStroke;
        return onRing || onCheck;
    }

    private static double DistanceToSegment(double px, double py, double ax, double ay, double bx, double by)
    {
        var (dx, dy) = (bx - ax, by - ay);
        var t = Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / ((dx * dx) + (dy * dy)), 0, 1);
        var (cx, cy) = (ax + (t * dx), ay + (t * dy));
        return Math.Sqrt(((px - cx) * (px - cx)) + ((py - cy) * (py - cy)));
    }

    private static byte Blend(byte background, double whiteCoverage) =>
        (byte)Math.Round((background * (1 - whiteCoverage)) + (255 * whiteCoverage));
}
