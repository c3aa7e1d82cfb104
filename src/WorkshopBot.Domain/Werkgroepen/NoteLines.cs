namespace WorkshopBot.Domain.Werkgroepen;

// Splits a text box into one note per line for AddNotes, dropping list bullets people paste in.
public static class NoteLines
{
    public static IReadOnlyList<string> Split(string? text) => (text ?? "")
        .Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.TrimStart('-', '*', '•', '·').Trim())
        .Where(line => line.Length > 0)
        .ToArray();
}
