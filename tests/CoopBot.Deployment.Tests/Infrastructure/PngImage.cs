using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CoopBot.Deployment.Tests.Infrastructure;

/// <summary>
/// A decoded 8-bit PNG (RGB or RGBA, not interlaced), read independently of the writer: it undoes all five
/// PNG row filters and checks every chunk CRC.
/// </summary>
public sealed record PngImage(int Width, int Height, bool HasAlpha, byte[] Rgba)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }

    public IEnumerable<(byte R, byte G, byte B, byte A)> Pixels =>
        Enumerable.Range(0, Width * Height).Select(i => this[i % Width, i / Width]);

    public static PngImage Read(byte[] png)
    {
        if (!png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG signature.");
        }

        int width = 0, height = 0, colorType = -1;
        using var idat = new MemoryStream();
        for (var pos = 8; pos < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(pos));
            var type = Encoding.ASCII.GetString(png, pos + 4, 4);
            var data = png.AsSpan(pos + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8 + length));
            if (crc != Crc32(png.AsSpan(pos + 4, length + 4)))
            {
                throw new InvalidDataException($"Chunk {type} has a bad CRC.");
            }

            if (type == "IHDR")
            {
                (width, height, colorType) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]), data[9]);
                if (data[8] != 8 || data[12] != 0 || colorType is not (2 or 6))
                {
                    throw new InvalidDataException("Only 8-bit, non-interlaced RGB or RGBA is supported.");
                }
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            pos += 12 + length;
        }

        var channels = colorType == 6 ? 4 : 3;
        var raw = Inflate(idat.ToArray());
        return new PngImage(width, height, colorType == 6, ToRgba(Unfilter(raw, width, height, channels), width, height, channels));
    }

    private static byte[] Inflate(byte[] zlib)
    {
        using var input = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[(y * (stride + 1)) + 1 + x];
                int a = x >= bpp ? result[(y * stride) + x - bpp] : 0;
                int b = y > 0 ? result[((y - 1) * stride) + x] : 0;
                int c = x >= bpp && y > 0 ? result[((y - 1) * stride) + x - bpp] : 0;
                result[(y * stride) + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown filter {filter}."),
                });
            }
        }

        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] pixels, int width, int height, int channels)
    {
        if (channels == 4)
        {
            return pixels;
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            (rgba[i * 4], rgba[(i * 4) + 1], rgba[(i * 4) + 2], rgba[(i * 4) + 3]) = (pixels[i * 3], pixels[(i * 3) + 1], pixels[(i * 3) + 2], 255);
        }

        return rgba;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc ^= value;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
