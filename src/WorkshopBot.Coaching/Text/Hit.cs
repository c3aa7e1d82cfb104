namespace WorkshopBot.Coaching.Text;

/// <summary>A lexicon entry found at tokens [Start, Start + Length).</summary>
internal readonly record struct Hit(int Start, int Length, string Entry)
{
    public int End => Start + Length;

    public bool Overlaps(in Hit other) => Start < other.End && other.Start < End;

    public bool Contains(int index) => index >= Start && index < End;
}
