using System.Text;

namespace WorkshopBot.Exports.Tests;

// A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF records) written independently of the
// exporter, so a quoting bug shows up as a parse difference.
internal static class CsvReader
{
    public static IReadOnlyList<IReadOnlyList<string>> Parse(string text, char separator)
    {
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                    i++;
                    continue;
                }

                field.Append(c);
                i++;
                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields.ToArray());
                fields.Clear();
                i++;
            }
            else if (c is '"' or '\r' or '\n')
            {
                throw new FormatException($"Unquoted {(int)c} at {i}.");
            }
            else
            {
                field.Append(c);
            }

            i++;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            throw new FormatException("Last record does not end with CRLF.");
        }

        return records;
    }
}
