namespace CoopBot.Faq.Text;

/// <summary>
/// The working state of one <see cref="DutchStemmer"/> run over a stack buffer. Method names follow the
/// routines of the Snowball source (prelude, mark_regions, en_ending, e_ending, undouble, standard_suffix).
/// </summary>
internal ref struct DutchStemmerState
{
    private readonly Span<char> _b;
    private int _p1;
    private int _p2;
    private bool _eFound;

    public DutchStemmerState(Span<char> buffer)
    {
        _b = buffer;
        Length = buffer.Length;
    }

    public int Length { get; private set; }

    public void Run()
    {
        Prelude();
        MarkRegions();
        Step1();
        EEnding();
        Step3a();
        Step3b();
        Step4();
        Postlude();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'è';

    private void Prelude()
    {
        for (var i = 0; i < Length; i++)
        {
            _b[i] = _b[i] switch
            {
                'ä' or 'á' => 'a',
                'ë' or 'é' => 'e',
                'ï' or 'í' => 'i',
                'ö' or 'ó' => 'o',
                'ü' or 'ú' => 'u',
                var c => c,
            };
        }

        if (_b[0] == 'y')
        {
            _b[0] = 'Y';
        }

        // i between vowels and y after a vowel become consonants (I, Y); a replacement is visible to the
        // next position, as in Snowball's "repeat goto".
        for (var i = 0; i + 1 < Length; i++)
        {
            if (!IsVowel(_b[i]))
            {
                continue;
            }

            if (_b[i + 1] == 'i' && i + 2 < Length && IsVowel(_b[i + 2]))
            {
                _b[i + 1] = 'I';
            }
            else if (_b[i + 1] == 'y')
            {
                _b[i + 1] = 'Y';
            }
        }
    }

    private void MarkRegions()
    {
        _p1 = Length;
        _p2 = Length;
        var cursor = 0;
        if (!GoPastVowelThenConsonant(ref cursor))
        {
            return;
        }

        _p1 = Math.Max(cursor, 3);
        if (GoPastVowelThenConsonant(ref cursor))
        {
            _p2 = cursor;
        }
    }

    private readonly bool GoPastVowelThenConsonant(ref int cursor)
    {
        while (cursor < Length && !IsVowel(_b[cursor]))
        {
            cursor++;
        }

        if (cursor >= Length)
        {
            return false;
        }

        cursor++;
        while (cursor < Length && IsVowel(_b[cursor]))
        {
            cursor++;
        }

        if (cursor >= Length)
        {
            return false;
        }

        cursor++;
        return true;
    }

    private readonly bool EndsWith(string suffix) =>
        Length >= suffix.Length && _b[(Length - suffix.Length)..Length].SequenceEqual(suffix);

    private readonly bool IsNonVowelAt(int index) => index >= 0 && !IsVowel(_b[index]);

    private void Undouble()
    {
        if (Length >= 2 && _b[Length - 1] == _b[Length - 2] && _b[Length - 1] is 'k' or 'd' or 't')
        {
            Length--;
        }
    }

    /// <summary>Deletes an "en"/"ene" suffix starting at <paramref name="start"/> when the rules allow.</summary>
    private bool EnEnding(int start)
    {
        if (start < _p1 || !IsNonVowelAt(start - 1))
        {
            return false;
        }

        if (start >= 3 && _b[(start - 3)..start].SequenceEqual("gem"))
        {
            return false;
        }

        Length = start;
        Undouble();
        return true;
    }

    private void Step1()
    {
        if (EndsWith("heden"))
        {
            var start = Length - 5;
            if (start >= _p1)
            {
                "heid".AsSpan().CopyTo(_b[start..]);
                Length = start + 4;
            }
        }
        else if (EndsWith("ene"))
        {
            EnEnding(Length - 3);
        }
        else if (EndsWith("en"))
        {
            EnEnding(Length - 2);
        }
        else if (EndsWith("se") || EndsWith("s"))
        {
            var start = EndsWith("se") ? Length - 2 : Length - 1;
            if (start >= _p1 && IsNonVowelAt(start - 1) && _b[start - 1] != 'j')
            {
                Length = start;
            }
        }
    }

    private void EEnding()
    {
        _eFound = false;
        var start = Length - 1;
        if (start >= 0 && _b[start] == 'e' && start >= _p1 && IsNonVowelAt(start - 1))
        {
            Length = start;
            _eFound = true;
            Undouble();
        }
    }

    private void Step3a()
    {
        var start = Length - 4;
        if (!EndsWith("heid") || start < _p2 || (start >= 1 && _b[start - 1] == 'c'))
        {
            return;
        }

        Length = start;
        if (EndsWith("en"))
        {
            EnEnding(Length - 2);
        }
    }

    private void Step3b()
    {
        if (EndsWith("end") || EndsWith("ing"))
        {
            var start = Length - 3;
            if (start < _p2)
            {
                return;
            }

            Length = start;
            var igStart = Length - 2;
            if (EndsWith("ig") && igStart >= _p2 && !(igStart >= 1 && _b[igStart - 1] == 'e'))
            {
                Length = igStart;
            }
            else
            {
                Undouble();
            }
        }
        else if (EndsWith("ig"))
        {
            var start = Length - 2;
            if (start >= _p2 && !(start >= 1 && _b[start - 1] == 'e'))
            {
                Length = start;
            }
        }
        else if (EndsWith("lijk"))
        {
            if (Length - 4 >= _p2)
            {
                Length -= 4;
                EEnding();
            }
        }
        else if (EndsWith("baar"))
        {
            if (Length - 4 >= _p2)
            {
                Length -= 4;
            }
        }
        else if (EndsWith("bar") && Length - 3 >= _p2 && _eFound)
        {
            Length -= 3;
        }
    }

    private void Step4()
    {
        if (Length < 4)
        {
            return;
        }

        var last = _b[Length - 1];
        var vowel = _b[Length - 2];
        if (!IsVowel(last) && last != 'I'
            && vowel is 'a' or 'e' or 'o' or 'u' && _b[Length - 3] == vowel
            && !IsVowel(_b[Length - 4]))
        {
            _b[Length - 2] = last;
            Length--;
        }
    }

    private readonly void Postlude()
    {
        for (var i = 0; i < Length; i++)
        {
            _b[i] = _b[i] switch
            {
                'I' => 'i',
                'Y' => 'y',
                var c => c,
            };
        }
    }
}
